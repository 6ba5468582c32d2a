#!/usr/bin/env node
// CommonJS (bin/package.json): a CommonJS entry starts ~10 ms sooner than an ES module one.
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
let boot;
try {
  boot = require(join(dist, 'boot.cjs'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('boot.cjs')) {
    process.stderr.write(
      'Lỗi: chương trình chưa được build (thiếu thư mục dist/).\n' +
        'Trong thư mục mã nguồn, chạy: npm install (tự build), hoặc npm run build.\n' +
        '(Error: kehoach is not built — run `npm install` or `npm run build` in its folder.)\n',
    );
    process.exit(2);
  }
  throw e;
}
// A command never throws (src/cli/main.ts answers every failure); what does is loading a bundle that is
// damaged (a build cut short, a file edited by hand): say so and what to do, exit 70, no stack trace.
// Written here, as the message above: the message catalogue is inside dist/, which is what failed.
const broken = (e) => {
  const why = e && typeof e.message === 'string' ? e.message.split('\n')[0] : String(e);
  process.stderr.write(
    'Lỗi: không nạp được chương trình: tệp trong thư mục dist/ bị hỏng.\n' +
      'Trong thư mục mã nguồn, chạy lại: npm run build (hoặc cài lại gói).\n' +
      `(Error: kehoach's dist/ is damaged — rebuild it: ${why})\n`,
  );
  process.exitCode = 70;
};
try {
  boot.start(process.argv.slice(2), dist).catch(broken);
} catch (e) {
  broken(e);
}
