/** Browser entry of the store bench: bundled into an IIFE (`StoreBench.run`) and run in a page. */
import { runStoreScenario, type StoreFigures } from './store-scenario';

export async function run(articles: number, clipsPerArticle: number): Promise<StoreFigures> {
  const name = `store-bench-${Date.now()}`;
  try {
    return await runStoreScenario({ factory: indexedDB, name, articles, clipsPerArticle });
  } finally {
    indexedDB.deleteDatabase(name);
  }
}
