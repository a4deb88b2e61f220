// Times Microsoft Recognizers-Text (number, currency, percentage models) over corpus files.
// usage: node recognizers.js CULTURE FILE [CULTURE FILE ...]; prints "culture bytes seconds hits".
'use strict';
const fs = require('fs');
const R = require('@microsoft/recognizers-text-suite');

for (let i = 2; i + 1 < process.argv.length; i += 2) {
  const culture = process.argv[i];
  const text = fs.readFileSync(process.argv[i + 1], 'utf8');
  // Recognizers works on sentences or short paragraphs; feed it paragraph by paragraph.
  const paragraphs = text.split('\n\n');
  const t0 = process.hrtime.bigint();
  let hits = 0;
  for (const p of paragraphs) {
    hits += R.recognizeNumber(p, culture).length;
    hits += R.recognizeCurrency(p, culture).length;
    hits += R.recognizePercentage(p, culture).length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${culture} ${Buffer.byteLength(text, 'utf8')} ${seconds} ${hits}`);
}
