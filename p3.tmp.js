const Y=require('yaml');
const n = Number(process.argv[2]); const share = process.argv[3] === 'share';
const lc=new Y.LineCounter();
if (share) Y.parseAllDocuments('a: 1\nb: '+'['.repeat(5000)+']'.repeat(5000), {lineCounter: lc, uniqueKeys:true, prettyErrors:false, strict:true});
const ds2=Y.parseAllDocuments('['.repeat(n), {lineCounter: new Y.LineCounter(), uniqueKeys:true, prettyErrors:false, strict:true});
console.log(ds2.length, ds2[0].errors.length, ds2[0].errors.slice(0,3).map(e=>[e.code,e.pos]), ds2[0].errors.slice(-2).map(e=>[e.code,e.pos, e.message]));
