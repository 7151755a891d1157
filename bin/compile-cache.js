'use strict';
/**
 * A V8 compile cache for the CLI's modules, so a run does not compile the same JavaScript
 * again (about a fifth of `aisite validate`'s start-up; docs/performance.md). Node 22.1
 * and later have one built in (module.enableCompileCache); on older Node this keeps
 * V8's code cache of each module in a file named by the hash of the module's source, so
 * an edited module (same length or not) never meets a stale cache. Off with
 * NODE_DISABLE_COMPILE_CACHE=1. Anything that goes wrong only means modules are compiled
 * as usual.
 */
const Module = require('module');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');

/** Where the cache lives: the user's own cache folder, per Node version (V8 code differs). */
function cacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'aisite', 'compile-cache', `${process.version}-${process.arch}`);
}

function enable() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const dir = cacheDir();
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // A folder another user can write to could hand us code: then no cache.
    const st = fs.statSync(dir);
    if ((typeof process.getuid === 'function' && st.uid !== process.getuid()) || (st.mode & 0o022) !== 0) return;
  } catch {
    return;
  }
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return;
  }
  const fresh = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileCached(content, filename) {
    let script;
    let file;
    try {
      file = path.join(dir, crypto.createHash('sha256').update(filename).update('\0').update(content).digest('hex'));
      let cachedData;
      try {
        cachedData = fs.readFileSync(file);
      } catch {
        // not cached yet
      }
      const source = content.startsWith('#!') ? '//' + content : content;
      script = new vm.Script(Module.wrap(source), { filename, cachedData });
      if (!cachedData || script.cachedDataRejected) fresh.push([script, file]);
    } catch {
      return compile.call(this, content, filename);
    }
    return run(script, this, filename);
  };
  /** Runs a compiled module as Node's own loader does, with the same `require`. */
  function run(script, mod, filename) {
    const require = (id) => mod.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
    require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
    require.main = process.mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return script.runInThisContext({ displayErrors: true }).call(mod.exports, mod.exports, require, mod, filename, path.dirname(filename));
  }
  // Written at exit, when the functions the run used are compiled too.
  process.once('exit', () => {
    for (const [script, file] of fresh) {
      try {
        const tmp = `${file}.${process.pid}`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, file);
      } catch {
        // a cache that cannot be written is no cache
      }
    }
  });
}

module.exports = { enable, cacheDir };
