import type { receive as viReceive, receiveErrors as viReceiveErrors } from '../vi/receive.js';

export const receive: ReturnType<typeof viReceive> = {
  command: "take a unit's report (.docx, .txt, .md) into progress/, each passage placed under a task",
  sourceArg: "the unit's report file (.docx, .txt, .md)",
  unitOption: 'id of the sending unit, when the document does not say it recognisably',
  coversOption: 'the period the report covers (default: read from its subject, e.g. "năm 2025" → 2025)',
  where: (unit, n) => (unit === 'line' ? `line ${n}` : `paragraph ${n}`),
  received: (a) =>
    `✓ Received ${a.reference ?? 'the report'} from ${a.unit}, received on ${a.date}${a.covers ? ` (period ${a.covers})` : ''}.`,
  dryRun: (a) =>
    `(Dry run, nothing written.) ${a.reference ?? 'Report'} from ${a.unit}, received on ${a.date}.`,
  recordFile: (path) => `  Record: ${path}`,
  sourceFile: (path) => `  Source file: ${path}`,
  supersedes: (path) =>
    `  Supersedes the unit's earlier report for the same period: ${path} (no longer counted).`,
  passagesTitle: (n) => `Passages of the report (${n}):`,
  toTask: (a) => `task ${a.number}. ${a.title}`,
  toGeneral: 'general results (matches no task)',
  toDifficulty: 'difficulties (khó khăn, vướng mắc)',
  toProposal: 'proposals (đề xuất, kiến nghị)',
  toDirection: "the unit's own directions (into section III of the report)",
  notPlaced: 'not in the record (see the source file)',
  at: (path, line) => `${path}:${line}`,
  indicatorsTitle: 'Indicators with a figure:',
  indicator: (a) => `  ${a.name}: ${a.value} (${a.where} → ${a.at})`,
  moveHint:
    'To move a passage to another task: edit "task:" in the record (a task id is the task’s "id:" in plan.yaml), then run plan validate.',
};

export const receiveErrors: ReturnType<typeof viReceiveErrors> = {
  receiveEmpty: (a) => `"${a.path}" is empty: there is no report to receive.`,
  receiveScanned: (a) =>
    `"${a.path}" holds only images, no text (a photo or a scan?). A Word file or text is needed; for a paper report, record its results with plan record --unit … --note "…".`,
  receivePdf: (a) =>
    `"${a.path}" is a PDF. Ask the unit for the Word file (.docx), or copy its text into a .txt file and receive that.`,
  receiveLegacyDoc: (a) =>
    `"${a.path}" is an old Word file (.doc). Open it in Word or LibreOffice, save it as .docx and receive that.`,
  receiveNotDocx: (a) => `"${a.path}" cannot be read as a Word file (.docx): damaged, or not a .docx.`,
  receiveNotText: (a) => `"${a.path}" is neither text (.txt, .md) nor a Word file (.docx).`,
  receiveTooLarge: (a) => `"${a.path}" is too large (limit ${a.limit}).`,
  receiveNotReport: (a) =>
    `"${a.path}" is not a report: ${a.type ? `the document is a "${a.type}"` : 'no "BÁO CÁO" title and no "…/BC-…" number'}. Nothing written.`,
  receiveIsPlan: (a) =>
    `"${a.path}" is a plan, not a unit's report. To bring a plan in, use: plan import ${a.path}. Nothing written.`,
  receiveNoBody: (a) => `"${a.path}" has a report's header but no content. Nothing written.`,
  receiveUnknownUnit: (a) =>
    `The sender "${a.found}" is not in the plan's unit registry.${
      a.closest.length > 0 ? `\nClosest units: ${a.closest.join('; ')}.` : ''
    }\nSay which with --unit ID, or add this name to the unit's aliases in the plan. Nothing written.`,
  receiveNoSender: (a) =>
    `The report's header names no sending body.${a.closest.length > 0 ? ` The plan's units: ${a.closest.join('; ')}.` : ''}\nSay which with --unit ID. Nothing written.`,
  receiveBadUnit: (a) =>
    `--unit ${a.id}: not in the plan's unit registry.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
  receiveDuplicate: (a) => `"${a.path}" has already been received (record ${a.record}). Nothing written.`,
  receiveOlder: (a) =>
    `The unit already has a newer report for the same period (${a.record}); "${a.path}" is older and is not received. Nothing written.`,
};
