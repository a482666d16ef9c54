import fs from 'node:fs';
const vl = await import('vega-lite');
const vega = await import('vega');
const html = fs.readFileSync(process.argv[2], 'utf8');
const m = html.match(/<script type="application\/json" id="([^"]*map[^"]*)">([\s\S]*?)<\/script>/);
const spec = JSON.parse(m[2]);
const win = {};
new Function('window', fs.readFileSync('/tmp/blek/assets/boundaries-municipalities.js', 'utf8'))(win);
spec.data = { values: win.jamforBoundaries['boundaries-municipalities'] };
const compiled = vl.compile(spec).spec;
const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
await view.runAsync();
for (const d of compiled.data) { try { const v = view.data(d.name); console.log(d.name, v.length, JSON.stringify(v[0]).slice(0,300)); } catch (e) { console.log(d.name, e.message); } }
console.log(JSON.stringify(compiled.data.map(d => ({name: d.name, source: d.source, transform: d.transform})), null, 1).slice(0, 3000));
