// What a reader of the site in $JAMFOR_SITE reads, in the site's language (its <html lang>):
// written out here rather than taken from the generator, so a test fails when the site's
// words change.
import fs from 'node:fs';
import path from 'node:path';

const WORDS = {
  sv: {
    classes: {
      best: 'bästa fjärdedelen', middle: 'mittersta hälften', worst: 'sämsta fjärdedelen', good: 'önskat svar',
      bad: 'inte önskat svar', unclassed: 'ej klassad', 'no-value': 'inget värde',
    },
    municipality: 'Kommun',
    county: 'Län',
    mapHeading: /<h2>Karta: (.*) \d{4}<\/h2>/g,
    chartPlace: /^Diagram: .+ Siffrorna finns i tabellen (nedan|ovan)\.$/,
    above: 'ovan',
    built: /Byggd \d{4}-\d{2}-\d{2}/,
    hits: /^(\d+ träffar|1 träff)\./,
    noHits: 'Inga träffar.',
  },
  en: {
    classes: {
      best: 'best quarter', middle: 'middle half', worst: 'worst quarter', good: 'desired answer',
      bad: 'not the desired answer', unclassed: 'not classed', 'no-value': 'no value',
    },
    municipality: 'Municipality',
    county: 'County',
    mapHeading: /<h2>Map: (.*) \d{4}<\/h2>/g,
    chartPlace: /^Chart: .+ The figures are in the table (below|above)\.$/,
    above: 'above',
    built: /Built \d{4}-\d{2}-\d{2}/,
    hits: /^(\d+ results|1 result)\./,
    noHits: 'No results.',
  },
};

// The words for the site in `site`: Swedish unless its start page says otherwise.
export function siteWords(site) {
  const start = site && path.join(site, 'index.html');
  const lang = start && fs.existsSync(start) ? fs.readFileSync(start, 'utf8').match(/<html lang="([a-z]+)"/)?.[1] : 'sv';
  if (!WORDS[lang]) throw new Error(`${site}: no test words for the language "${lang}"`);
  return WORDS[lang];
}
