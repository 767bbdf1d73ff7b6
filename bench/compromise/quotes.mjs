// The JavaScript baseline of bench/compare-compromise.sh: every *.txt under the folders given is parsed by
// compromise, and its quotations and people are listed (the nearest it has to who said what). One process, one
// thread, as `quote-extract --parallel 1`. Prints documents, bytes, quotations and people found, and the seconds spent.
import nlp from 'compromise';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else if (path.endsWith('.txt')) {
    yield path;
  }
}

const started = process.hrtime.bigint();
let documents = 0, bytes = 0, quotations = 0, people = 0;
for (const folder of process.argv.slice(2)) {
  for (const file of files(folder)) {
    const text = readFileSync(file, 'utf8');
    const doc = nlp(text);
    quotations += doc.quotations().json().length;
    people += doc.people().json().length;
    documents += 1;
    bytes += Buffer.byteLength(text, 'utf8');
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ documents, bytes, quotations, people, seconds }));
