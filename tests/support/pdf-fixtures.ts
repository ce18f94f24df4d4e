/**
 * The PDFs the tests read, generated (nothing copied from the web): a Chinese official document, an
 * English report, a multi-page report, a scan without text, encrypted copies (by Debian's qpdf) and a
 * truncated file. Each comes with what a reader should find in it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { type Block, writePdf } from './pdf-writer';

/** What the Chinese official document says about itself (the tests' expectations). */
export const POLICY_ZH = {
  masthead: '江南省人民政府办公厅文件',
  docNumber: '江南政办发〔2021〕18号',
  title: '江南省人民政府办公厅关于印发江南省科技成果转化行动方案的通知',
  issuer: '江南省人民政府办公厅',
  signedOn: '2021-05-10',
  figure: '1256.8亿元',
  documents: ['《国家技术转移体系建设方案》', '《中华人民共和国促进科技成果转化法》'],
  /** A sentence set in the non-embedded font: only pdf.js's CMaps make it readable. */
  cidSentence: '省级财政安排科技成果转化专项资金35亿元，支持建设中试基地42个。',
} as const;

const body = (text: string, extra: Partial<Block> = {}): Block => ({
  text,
  font: 'cjk-cid',
  size: 16,
  indent: 2,
  leading: 1.75,
  ...extra,
});

export function policyZhPdf(): Promise<Uint8Array> {
  return writePdf({
    blocks: [
      { text: POLICY_ZH.masthead, font: 'cjk-embedded', size: 30, align: 'center', red: true },
      { text: POLICY_ZH.docNumber, font: 'cjk-cid', size: 16, align: 'center', gapBefore: 20 },
      {
        text: '江南省人民政府办公厅关于印发',
        font: 'cjk-embedded',
        size: 22,
        align: 'center',
        gapBefore: 30,
      },
      { text: '江南省科技成果转化行动方案的通知', font: 'cjk-embedded', size: 22, align: 'center' },
      body('各市、县（市、区）人民政府，省政府各部门、各直属机构：', { indent: 0, gapBefore: 16 }),
      body('《江南省科技成果转化行动方案》已经省政府同意，现印发给你们，请认真贯彻执行。'),
      body(`2020年，全省技术合同成交额达到${POLICY_ZH.figure}，同比增长23.5%。${POLICY_ZH.cidSentence}`),
      body(
        `各地要按照${POLICY_ZH.documents[1]}和${POLICY_ZH.documents[0]}的要求，开展科技成果转化贷款风险补偿试点，到2025年，全省技术合同成交额突破2000亿元。`,
      ),
      { text: POLICY_ZH.issuer, font: 'cjk-cid', size: 16, align: 'right', gapBefore: 40 },
      { text: '2021年5月10日', font: 'cjk-cid', size: 16, align: 'right' },
      body('（此件公开发布）'),
    ],
    pageNumber: { font: 'cjk-cid', format: (n) => `— ${n} —` },
    info: { title: 'Microsoft Word - 附件1.doc', author: 'Administrator', created: '2021-05-11T02:00:00Z' },
  });
}

export const REPORT_EN = {
  title: 'Clean Energy Investment Outlook 2024',
  author: 'Energy Policy Institute',
  published: '2024-03-14',
  figures: ['$1.8 trillion', '$1.2 billion'],
  document: 'the Inflation Reduction Act',
} as const;

const enBody = (text: string): Block => ({ text, font: 'helvetica', size: 11, gapBefore: 8, leading: 1.45 });

export function reportEnPdf(): Promise<Uint8Array> {
  return writePdf({
    blocks: [
      { text: REPORT_EN.title, font: 'helvetica-bold', size: 24 },
      { text: `Annual report of the ${REPORT_EN.author}`, font: 'helvetica', size: 14, gapBefore: 6 },
      { text: 'Published: March 14, 2024', font: 'helvetica', size: 11, gapBefore: 6 },
      enBody(
        `Global investment in clean energy reached ${REPORT_EN.figures[0]} in 2023, up 17% from the year before. Solar manufacturing capacity grew by 450 GW, while battery storage additions doubled for the second year running.`,
      ),
      enBody(
        `Under ${REPORT_EN.document}, federal tax credits are expected to mobilise $370 billion over ten years. The Department of Energy announced ${REPORT_EN.figures[1]} for two direct air capture hubs in Texas and Louisiana.`,
      ),
      enBody(
        'Grid connection queues remain the binding constraint: more than 2,600 GW of generation and storage capacity was waiting for interconnection at the end of the year, roughly twice the installed capacity of the entire fleet.',
      ),
    ],
    pageNumber: { font: 'helvetica', format: (n) => `Page ${n}` },
    info: {
      title: REPORT_EN.title,
      author: REPORT_EN.author,
      created: '2024-03-12T09:00:00Z',
      lang: 'en-US',
    },
  });
}

/** A sentence that marks page `n` of the multi-page report (tests look for it on that page). */
export const pageMarker = (n: number): string => `第${n}章标记：本章安排专项资金${n}.5亿元。`;
/** The paragraph that starts at the foot of page 2 and runs on to page 3. */
export const RUN_ON = {
  start: '跨页段落开始',
  end: '跨页段落结束。',
  figure: '987.6亿元',
};

/**
 * `pages` pages of a Chinese report, one chapter a page, a running header and page numbers, all in the
 * non-embedded STSong font (fontkit's subsets of the CID-keyed Noto CFF font render garbled once they
 * hold more than a few dozen glyphs, so only short headings use the embedded font).
 */
export function multiPagePdf(pages = 5): Promise<Uint8Array> {
  const filler =
    '推动创新链产业链资金链人才链深度融合，完善科技成果评价机制，健全技术转移服务体系，强化知识产权保护和运用。';
  const blocks: Block[] = [];
  for (let n = 1; n <= pages; n++) {
    // Chapter 3 follows the run-on paragraph's end on page 3: chapter n is on page n.
    const pageBreakBefore = n > 1 && n !== 3;
    blocks.push({
      text: `第${n}章\u3000发展情况`,
      font: 'cjk-cid',
      size: 18,
      pageBreakBefore,
      gapBefore: 10,
    });
    blocks.push({ text: pageMarker(n) + filler, font: 'cjk-cid', size: 14, indent: 2, leading: 1.7 });
    blocks.push({ text: filler.repeat(3), font: 'cjk-cid', size: 14, indent: 2, leading: 1.7 });
    if (n === 2) {
      // Long enough to overflow the page: the paragraph continues at the top of page 3.
      blocks.push({
        text: `${RUN_ON.start}，${filler.repeat(12)}全年投入${RUN_ON.figure}。${RUN_ON.end}`,
        font: 'cjk-cid',
        size: 14,
        indent: 2,
        leading: 1.7,
      });
    }
  }
  return writePdf({
    blocks,
    header: { text: '江南省发展研究中心　年度报告', font: 'cjk-cid' },
    pageNumber: { font: 'cjk-cid', format: (n) => `- ${n} -` },
    info: {
      title: '江南省发展研究中心年度报告',
      author: '江南省发展研究中心',
      created: '2023-12-20T00:00:00Z',
    },
  });
}

/** A grey PNG with dark bars, as a scanner might deliver a page of text (no text layer at all). */
function scannedPagePng(width = 300, height = 420): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height, 0xee);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    if (y % 14 < 5 && y > 30 && y < height - 30)
      for (let x = 30; x < width - 30; x++) raw[y * (width + 1) + 1 + x] = 0x30;
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Two pages that are only images: a scan with no text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(scannedPagePng());
  for (let i = 0; i < 2; i++)
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  doc.setTitle('Scanned document');
  return doc.save();
}

/** Whether Debian's qpdf (which encrypts the test PDFs) is installed. */
export function hasQpdf(): boolean {
  return spawnSync('qpdf', ['--version']).status === 0;
}

/** `bytes` encrypted with AES-256 by qpdf: a user password (needed to open), or only an owner password. */
export function encryptPdf(
  bytes: Uint8Array,
  userPassword: string,
  ownerPassword = 'owner-secret',
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-encrypt-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    const run = spawnSync(
      'qpdf',
      ['--encrypt', userPassword, ownerPassword, '256', '--', 'in.pdf', 'out.pdf'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    if (run.error || run.status !== 0)
      throw new Error(
        `qpdf failed (apt-get install qpdf; .ci/run does): ${run.error?.message ?? run.stderr}`,
      );
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first `share` of a file: a download cut short. */
export function truncated(bytes: Uint8Array, share = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * share));
}
