import { readdirSync, readFileSync } from 'node:fs';
import { splitPaperFile } from './src/lib/paper-file.ts';
import { parseTsv } from './src/lib/tsv.ts';
const prov = new Map(parseTsv(readFileSync('content/provenance/arxiv.tsv','utf8')).map(r=>[r.slug,r]));
const auth = new Map(parseTsv(readFileSync('content/provenance/authors.tsv','utf8')).map(r=>[r.slug,r]));
const host=(u:string)=>u.replace(/^https?:\/\//,'').split('/')[0];
const sorted=(xs:string[])=>xs.every((x,i)=>i===0||xs[i-1].localeCompare(x)<=0);
const stats=new Map<string,[number,number]>();
for (const n of readdirSync('content/papers')) {
  const d = splitPaperFile(readFileSync('content/papers/'+n,'utf8')).data as any;
  if (d.authors.length<3) continue;
  const p=prov.get(d.slug); const src = (p?.authors ? p.source_url : auth.get(d.slug)?.source_url) ?? '?';
  const h=host(src);
  const s1=sorted(d.authors), s2=sorted(d.authors.map((a:string)=>a.split(' ').at(-1)));
  const st=stats.get(h)??[0,0]; st[0]++; if(s1||s2) st[1]++; stats.set(h,st);
  if (s1||s2) console.log(s1?'SORTED-GIVEN':'SORTED-SURNAME', d.slug, h, d.authors.length);
}
console.log([...stats].filter(([h,[n,s]])=>s>0||n>5).map(([h,[n,s]])=>`${h}: ${s}/${n}`).join('\n'));
