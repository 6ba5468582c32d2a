/**
 * Small Word files for the receive tests, written the way units' offices write them: a borderless
 * header table (issuing body | Quốc hiệu; number | place and date), the title, the body paragraphs
 * (bold headings where asked), and a footer table (Nơi nhận | signature). Or a "scan": one picture
 * and no text.
 */
import PizZip from 'pizzip';

export interface DocxSpec {
  header?: { left: string[]; right: string[]; number: string; date: string };
  paragraphs: (string | { text: string; bold?: boolean; center?: boolean })[];
  footer?: { recipients: string[]; signature: string[] };
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function p(text: string, o: { bold?: boolean; center?: boolean } = {}): string {
  const ppr = o.center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
  const rpr = o.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${ppr}<w:r>${rpr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

const cell = (paras: string[], bold = false) =>
  `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${(paras.length ? paras : ['']).map((t) => p(t, { bold, center: true })).join('')}</w:tc>`;

function table(rows: string[][][], boldFirst = true): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${rows
    .map((r, i) => `<w:tr>${r.map((c) => cell(c, boldFirst && i === 0)).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function pack(body: string, image = false): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
      image
        ? '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/scan.png"/>'
        : ''
    }</Relationships>`,
  );
  if (image) zip.file('word/media/scan.png', PNG);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

export function makeDocx(spec: DocxSpec): Uint8Array {
  const parts: string[] = [];
  if (spec.header) {
    const h = spec.header;
    parts.push(
      table([
        [h.left, h.right],
        [[h.number], [h.date]],
      ]),
    );
  }
  for (const x of spec.paragraphs) parts.push(typeof x === 'string' ? p(x) : p(x.text, x));
  if (spec.footer) parts.push(table([[spec.footer.recipients, spec.footer.signature]], false));
  return pack(parts.join(''));
}

/** A scanned report: one picture, no text at all. */
export function makeScannedDocx(): Uint8Array {
  const drawing =
    '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5000000" cy="7000000"/><wp:docPr id="1" name="scan"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="scan.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
  return pack(drawing, true);
}
