const Y=require('yaml');const lc=new Y.LineCounter();
const ds=Y.parseAllDocuments('a: 1\nb: '+'['.repeat(5000)+']'.repeat(5000), {lineCounter: lc, uniqueKeys:true, prettyErrors:false, strict:true});
for (const d of ds) for (const e of d.errors) console.log(e.name, e.code, e.pos, e.message.slice(0,100));
console.log('second');
const ds2=Y.parseAllDocuments('['.repeat(10000), {lineCounter: lc, uniqueKeys:true, prettyErrors:false, strict:true});
console.log(ds2.length, ds2[0].errors.length);
