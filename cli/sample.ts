/**
 * The sample article `npm run clip` (without a page) and `npm start` open: a Chinese policy news page in
 * real site chrome. It lives here, with the tools that show it; the extraction tests read the same file
 * (their fixture folder links to it), so there is one copy.
 */
import { fileURLToPath } from 'node:url';

export const SAMPLE_PAGE = fileURLToPath(new URL('./sample/policy-article-zh.html', import.meta.url));

/** The address the page was saved from: what its clip cites. */
export const SAMPLE_URL = 'https://www.example-research.cn/news/policy/2021/0510.html';
