/* Search as you type over the index the build writes under search/<lang>/ (format: FORMAT.md of
   package search). A query fetches only what it needs: meta.json, per word (of the first few) its
   file of shards and of pairs, per result shown its fragment or lead. Results are DOM nodes and
   text, never HTML from the index. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch) { return; }
  var base = form.getAttribute("data-index");
  var input = document.getElementById("search-q");
  var typeSelect = document.getElementById("search-type");
  var pillarSelect = document.getElementById("search-pillar");
  var status = document.getElementById("search-status");
  var section = document.getElementById("search-results-section");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE = 10;

  var files = {};
  var shards = {};
  function get(path) {
    if (!files[path]) {
      files[path] = fetch(base + path).then(function (r) {
        if (!r.ok) { throw new Error(path + ": " + r.status); }
        return r.json();
      });
    }
    return files[path];
  }
  var metaPromise = null;
  function meta() {
    if (!metaPromise) {
      metaPromise = get("meta.json").then(function (m) {
        /* Keys are front-coded: letters shared with the key before, then the others. */
        var previous = "";
        m.s = m.s.split(" ").map(function (k) { previous = previous.slice(0, Number(k[0])) + k.slice(1); return previous; });
        m.keySet = new Set(m.s);
        /* Shards are stored a few to a file, named after its first key; "g" gives each file's
           number of keys (base 36), "p" whether it has a pair file. */
        m.fileOf = {};
        m.pairSet = new Set();
        var at = 0;
        m.g.split("").forEach(function (count, g) {
          var keys = m.s.slice(at, at + parseInt(count, 36));
          keys.forEach(function (k) { m.fileOf[k] = keys[0]; if (m.p[g] === "1") { m.pairSet.add(k); } });
          at += keys.length;
        });
        m.elisionSet = new Set(m.elisions);
        m.stopSet = new Set(m.stop.split(" "));
        return m;
      });
    }
    return metaPromise;
  }
  function shard(key, m) {
    return get("s/" + m.fileOf[key] + ".json").then(function (f) {
      var s = has(f, key) ? f[key] : { w: {}, t: [], p: [], q: [] };
      shards[key] = s;
      return s;
    });
  }
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  /* Leads loaded (FORMAT.md): by "doc-passage", a fragment. */
  var led = {};

  /* The surface half of the indexer's analysis (SearchAnalysis), token for token. */
  var TOKEN = /[\p{L}\p{Nd}'\u2019]+/gu;
  var MARKS = /\p{M}/gu;
  var SPECIAL = { "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u00f0": "d", "\u00fe": "th",
    "\u0142": "l", "\u0111": "d", "\u0131": "i", "\u0133": "ij", "\u0140": "l", "\u0167": "t", "\u0127": "h" };
  function trimQuotes(s) { return s.replace(/^'+|'+$/g, ""); }
  function fold(s) {
    return s.normalize("NFKD").replace(MARKS, "").replace(/[\u00df\u00e6\u0153\u00f8\u00f0\u00fe\u0142\u0111\u0131\u0133\u0140\u0167\u0127]/g,
      function (c) { return SPECIAL[c]; });
  }
  function surfaces(text, m) {
    var out = [];
    var match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      var t = trimQuotes(match[0].replace(/\u2019/g, "'"));
      if (!t) { continue; }
      var apostrophe = t.indexOf("'");
      if (apostrophe > 0 && m.elisionSet.has(t.slice(0, apostrophe).toLowerCase())) {
        t = t.slice(apostrophe + 1);
      }
      if (m.possessive && /'[sS]$/.test(t)) { t = t.slice(0, -2); }
      t = trimQuotes(fold(t.toLowerCase()));
      if (t) { out.push({ s: t, start: match.index, end: match.index + match[0].length }); }
    }
    return out;
  }
  function shardOf(word, m) {
    for (var n = word.length; n > 0; n--) {
      if (m.keySet.has(word.slice(0, n))) { return word.slice(0, n); }
    }
    return null;
  }
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    if (i === a.length && i === b.length) { return true; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* As QueryPlan.related: the shorter term, of m.related letters or more, begins the longer. */
  function related(a, b, m) {
    var shorter = a.length <= b.length ? a : b;
    var longer = shorter === a ? b : a;
    return a !== b && shorter.length >= m.related && longer.indexOf(shorter) === 0;
  }
  function term(s, i, factor) { return { t: s.t[i], p: s.p[i], q: s.q[i], f: factor }; }

  /* One word of the query, resolved as QueryPlan does: exact term (and its related terms at half
     weight), or the terms it may stand for. */
  function resolve(word, at, last, m) {
    var key = shardOf(word, m);
    var own = key ? shard(key, m) : Promise.resolve(null);
    return own.then(function (s) {
      if (s && has(s.w, word)) {
        var i = s.w[word];
        if (i === null) { return null; }
        var terms = [term(s, i, 1)];
        var seen = new Set([s.t[i]]);
        Object.keys(s.w).forEach(function (surface) {
          var j = s.w[surface];
          if (j !== null && !seen.has(s.t[j]) && related(s.t[i], s.t[j], m)) { seen.add(s.t[j]); terms.push(term(s, j, 0.5)); }
        });
        return { surface: word, exact: true, key: key, terms: terms, at: at };
      }
      var wanted = [];
      if (last && word.length >= m.prefixMin) {
        m.s.forEach(function (k) { if (k.indexOf(word) === 0 && k !== key) { wanted.push(k); } });
        if (key) { wanted.push(key); }
      }
      return Promise.all(wanted.map(function (k) { return shard(k, m); })).then(function (loaded) {
        var terms = {};
        function take(sh, surface) {
          var i = sh.w[surface];
          if (i !== null && !has(terms, sh.t[i])) { terms[sh.t[i]] = term(sh, i, 1); }
        }
        loaded.forEach(function (sh) {
          Object.keys(sh.w).forEach(function (surface) { if (surface.indexOf(word) === 0) { take(sh, surface); } });
        });
        if (s && word.length >= m.typoMin) {
          Object.keys(s.w).forEach(function (surface) { if (withinOneEdit(word, surface)) { take(s, surface); } });
        }
        var list = Object.keys(terms).map(function (t) { return terms[t]; });
        return list.length ? { surface: word, exact: false, key: key, terms: list, at: at } : null;
      });
    });
  }

  /* Two neighbouring words written as one ("start up", "start-up": "startup"), when a known form of
     the first one's shard, as QueryPlan looks them up, no word in two of them: their terms. */
  function joined(words, m) {
    var out = [];
    for (var i = 0; i + 1 < words.length; i++) {
      var one = words[i] + words[i + 1];
      var key = shardOf(words[i], m);
      var s = key && shards[key];
      if (s && shardOf(one, m) === key && has(s.w, one) && s.w[one] !== null &&
          !out.some(function (w) { return w.terms[0].t === s.t[s.w[one]]; })) {
        out.push({ surface: one, exact: false, joined: true, at: i, terms: [term(s, s.w[one], 1)] });
        i++;
      }
    }
    return out;
  }

  /* The ranked documents of a query: [{doc, score}], best first, ties to the lower number; with,
     per document, the passages of its page where each word was found. */
  function rank(query, leads) {
    return meta().then(function (m) {
      var all = surfaces(query, m).map(function (x) { return x.s; });
      var words = all.slice(0, m.maxWords);
      var asked = Object.keys(files).length;
      var fresh = [];
      leads = leads && words.some(function (w) { return shardOf(w, m) && !files["s/" + m.fileOf[shardOf(w, m)] + ".json"]; });
      /* A word's pair file is fetched with its shard, not once the shard is read: a query of
         several words waits for one round trip, not two. So are the words' leads if asked, if a
         shard is not loaded (else the fragment comes as soon) and as fit (6 requests at a time). */
      words.forEach(function (w, i) {
        var key = shardOf(w, m);
        if (leads && key && !m.stopSet.has(w)) { fresh.push("l/" + m.fileOf[key] + ".json"); }
        if (i + 1 < words.length && key && m.pairSet.has(key) && !m.stopSet.has(w)) { get("p/" + m.fileOf[key] + ".json"); }
      });
      return Promise.all(words.map(function (w, i) { return resolve(w, i, i === all.length - 1, m); })
        .concat(fresh.slice(0, Math.max(0, 6 + asked - Object.keys(files).length)).map(function (f) {
          return get(f).then(function (l) { Object.assign(led, l); }, function () {});
        })))
        .then(function (resolved) {
          resolved = resolved.filter(Boolean);
          var extra = joined(words, m);
          var pairs = [];
          for (var i = 0; i + 1 < resolved.length; i++) {
            if (resolved[i].exact && resolved[i + 1].exact && m.pairSet.has(resolved[i].key)) {
              pairs.push({ file: "p/" + m.fileOf[resolved[i].key] + ".json", key: resolved[i].key,
                pair: resolved[i].terms[0].t + " " + resolved[i + 1].terms[0].t, first: resolved[i], second: resolved[i + 1] });
            }
          }
          return Promise.all(pairs.map(function (p) { return get(p.file); })).then(function (pairFiles) {
            var found = new Map();
            /* Per word, each document's best weight among the word's terms. */
            function best(word, k) {
              var out = new Map();
              word.terms.forEach(function (term) {
                for (var j = 0; j < term.p.length; j += 2) {
                  var doc = term.p[j];
                  var w = term.p[j + 1] * term.f;
                  if (!out.has(doc) || out.get(doc) < w) { out.set(doc, w); }
                  var where = term.q[j / 2];
                  if (!found.has(doc)) { found.set(doc, []); }
                  (typeof where === "number" ? [where] : where).forEach(function (passage) {
                    found.get(doc).push({ word: k, passage: passage, f: term.f });
                  });
                }
              });
              return out;
            }
            function pairWeights(p, k) {
              var out = new Map();
              var ofKey = has(pairFiles[k], p.key) ? pairFiles[k][p.key] : {};
              var postings = has(ofKey, p.pair) ? ofKey[p.pair] : [];
              for (var j = 0; j < postings.length; j += 2) { out.set(postings[j], (out.get(postings[j]) || 0) + postings[j + 1]); }
              return out;
            }
            function addAll(into, weights) { weights.forEach(function (w, doc) { into.set(doc, (into.get(doc) || 0) + w); }); }
            function groupOf(word) {
              return extra.find(function (j) { return word.at === j.at || word.at === j.at + 1; });
            }
            var scores = new Map();
            /* A compound ("start-up") counts once: the better of its words where they are next to
               each other (their pair, and each word) and its form written as one; a part alone
               ("up", of "follow-up") is not the compound (QueryPlan.toLucene). */
            var parts = extra.map(function () { return []; });
            var together = extra.map(function () { return new Map(); });
            resolved.forEach(function (word, k) {
              var g = groupOf(word);
              if (g) { parts[extra.indexOf(g)].push(best(word, k)); } else { addAll(scores, best(word, k)); }
            });
            pairs.forEach(function (p, k) {
              var g = groupOf(p.first);
              if (g && g === groupOf(p.second)) { together[extra.indexOf(g)] = pairWeights(p, k); } else { addAll(scores, pairWeights(p, k)); }
            });
            extra.forEach(function (j, g) {
              var whole = best(j, resolved.length + g);
              var apart = new Map();
              together[g].forEach(function (w, doc) {
                apart.set(doc, parts[g].reduce(function (sum, weights) { return sum + (weights.get(doc) || 0); }, w));
              });
              var docs = new Set(Array.from(apart.keys()).concat(Array.from(whole.keys())));
              docs.forEach(function (doc) {
                scores.set(doc, (scores.get(doc) || 0) + Math.max(apart.get(doc) || 0, whole.get(doc) || 0));
              });
            });
            var ranked = [];
            scores.forEach(function (score, doc) { ranked.push({ doc: doc, score: score }); });
            ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
            return { meta: m, ranked: ranked, words: resolved.concat(extra), found: found };
          });
        });
    });
  }

  /* Highlighting: a word of a result is marked when it leads to one of the query's terms. */
  function matcher(words, m) {
    var terms = new Set();
    var prefixes = [];
    words.forEach(function (w) {
      w.terms.forEach(function (t) { terms.add(t.t); });
      if (!w.exact) { prefixes.push(w.surface); }
    });
    return function (surface) {
      var key = shardOf(surface, m);
      var s = key && shards[key];
      if (s && has(s.w, surface) && s.w[surface] !== null && terms.has(s.t[s.w[surface]])) { return true; }
      return prefixes.some(function (p) { return surface.indexOf(p) === 0; });
    };
  }
  function appendMarked(parent, text, from, to, tokens, hit) {
    var at = from;
    tokens.forEach(function (tok) {
      if (tok.start < from || tok.end > to || !hit(tok.s)) { return; }
      if (tok.start > at) { parent.appendChild(document.createTextNode(text.slice(at, tok.start))); }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(tok.start, tok.end);
      parent.appendChild(mark);
      at = tok.end;
    });
    if (at < to) { parent.appendChild(document.createTextNode(text.slice(at, to))); }
  }
  function snippet(parent, text, hit, m) {
    var tokens = surfaces(text, m);
    var first = tokens.find(function (t) { return hit(t.s); });
    var start = first ? Math.max(0, first.start - 60) : 0;
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < first.start ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 220);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      end = cut > start ? cut : end;
    }
    if (start > 0) { parent.appendChild(document.createTextNode("… ")); }
    appendMarked(parent, text, start, end, tokens, hit);
    if (end < text.length) { parent.appendChild(document.createTextNode(" …")); }
  }

  function badge(kind, key, label) {
    var span = document.createElement("span");
    span.className = "badge badge-" + kind + " badge-" + key;
    var text = document.createElement("span");
    text.className = "badge-label";
    text.textContent = label;
    span.appendChild(text);
    return span;
  }
  /* The passage of a result's page to show: the one where the query's words weigh most (each word
     counting 1 for its own term, a quarter for a related one only), the first of those; and the
     passages whose sections are listed: those with a word's own term, else all that matched. */
  function passages(doc, result) {
    var byPassage = new Map();
    (result.found.get(doc) || []).forEach(function (x) {
      if (!byPassage.has(x.passage)) { byPassage.set(x.passage, new Map()); }
      var words = byPassage.get(x.passage);
      words.set(x.word, Math.max(words.get(x.word) || 0, x.f));
    });
    var best = 0;
    var most = 0;
    var own = new Map();
    Array.from(byPassage.keys()).sort(function (a, b) { return a - b; }).forEach(function (p) {
      var weight = 0;
      byPassage.get(p).forEach(function (f) { weight += f === 1 ? 1 : 0.25; if (f === 1) { own.set(p, true); } });
      if (weight > most) { most = weight; best = p; }
    });
    return { best: best, all: own.size ? own : byPassage };
  }
  /* A result's fragment: the one that holds the passage it shows. */
  function fragmentOf(doc, p, m) { return get("f/" + doc + "-" + Math.floor(p / m.chunk) + ".json"); }
  /* The section (of those the fragment lists: anchor, heading, first passage, passages) holding passage p. */
  function sectionOf(sections, p) {
    var at = -1;
    sections.forEach(function (s, i) { if (s[2] <= p && p < s[2] + s[3]) { at = i; } });
    return at;
  }
  function resultItem(doc, fragment, where, result, hit) {
    var m = result.meta;
    var li = document.createElement("li");
    li.className = "search-result";
    var title = document.createElement("a");
    title.className = "search-result-title";
    title.href = fragment.u;
    appendMarked(title, fragment.t, 0, fragment.t.length, surfaces(fragment.t, m), hit);
    var heading = document.createElement("h3");
    heading.appendChild(title);
    li.appendChild(heading);
    var badges = document.createElement("p");
    badges.className = "search-result-badges";
    var type = m.types[parseInt(m.dt[doc], 36)];
    badges.appendChild(badge("type", type[0], type[1]));
    if (fragment.b) {
      badges.appendChild(document.createTextNode(" "));
      badges.appendChild(badge(fragment.b[0], fragment.b[1], fragment.b[2]));
    }
    li.appendChild(badges);
    var text = fragment.x[where.best % m.chunk];
    if (text) {
      var p = document.createElement("p");
      p.className = "search-snippet";
      snippet(p, text, hit, m);
      li.appendChild(p);
    }
    var matched = [];
    Array.from(where.all.keys()).sort(function (a, b) { return a - b; }).forEach(function (passage) {
      var i = sectionOf(fragment.s, passage);
      if (i >= 0 && fragment.s[i][0] && matched.indexOf(i) < 0) { matched.push(i); }
    });
    if (matched.length) {
      var sections = document.createElement("ul");
      sections.className = "search-sections";
      sections.setAttribute("aria-label", form.getAttribute("data-sections"));
      matched.slice(0, 6).forEach(function (i) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = fragment.u + "#" + encodeURIComponent(fragment.s[i][0]);
        link.textContent = fragment.s[i][1];
        item.appendChild(link);
        sections.appendChild(item);
      });
      li.appendChild(sections);
    }
    return li;
  }

  var current = null;
  var shown = 0;
  var sequence = 0;
  var GAP = 80;
  var lastKey = -GAP;
  var lastRun = -GAP;
  function filtered(result) {
    var m = result.meta;
    var type = typeSelect.value;
    var pillar = pillarSelect.value;
    return result.ranked.filter(function (r) {
      return (!type || m.types[parseInt(m.dt[r.doc], 36)][0] === type) &&
        (!pillar || (m.dp[r.doc] !== "." && m.pillars[parseInt(m.dp[r.doc], 36)][0] === pillar));
    });
  }
  /* The status names the query, but not a pasted paragraph whole: a screen reader reads it out. */
  var SAID = 60;
  function say(template, query, count) {
    var shown = query.length > SAID ? query.slice(0, query.lastIndexOf(" ", SAID) > 0 ? query.lastIndexOf(" ", SAID) : SAID) + " …" : query;
    status.textContent = template.replace("{0}", shown).replace("{1}", String(count));
  }
  function show(result, query, seq, from) {
    var docs = filtered(result);
    var hit = matcher(result.words, result.meta);
    var page = docs.slice(from, from + PAGE);
    var where = page.map(function (r) { return passages(r.doc, result); });
    /* All fragments are asked for at once (the first may be a lead), each result shown in order as
       soon as its own and those before it have come: over HTTP/1.1 a browser fetches only a few
       files at a time from a host, and the first results need not wait for the last ones. */
    var cleared = from !== 0;
    function clear() {
      if (!cleared) { list.textContent = ""; cleared = true; }
    }
    return page.reduce(function (before, r, i) {
      var fragment = !i && led[r.doc + "-" + where[0].best] || fragmentOf(r.doc, where[i].best, result.meta);
      return before.then(function () { return fragment; }).then(function (f) {
        if (seq !== sequence) { return; }
        clear();
        list.appendChild(resultItem(r.doc, f, where[i], result, hit));
        if (i === 0) { form.setAttribute("data-first-at", String(Math.round(performance.now()))); }
      });
    }, Promise.resolve()).then(function () {
      if (seq !== sequence) { return; }
      clear();
      shown = from + page.length;
      more.hidden = shown >= docs.length;
      section.hidden = docs.length === 0;
      var key = docs.length === 0 ? "data-none" : docs.length === 1 ? "data-one" : "data-many";
      var readyAt = String(Math.round(performance.now()));
      return whenTypingPauses(function () {
        if (seq !== sequence) { return; }
        say(form.getAttribute(key), query, docs.length);
        form.setAttribute("data-ready", query);
        form.setAttribute("data-ready-at", readyAt);
      });
    });
  }
  function whenTypingPauses(f) {
    return new Promise(function (done) {
      (function wait() {
        var left = lastKey + GAP - performance.now();
        if (left > 0) { setTimeout(wait, left); } else { done(f()); }
      })();
    });
  }
  /* A new query arriving whole (submitted, pasted…) after the first fetches leads. */
  var whole = false;
  function run() {
    var query = input.value.trim();
    var seq = ++sequence;
    var url = new URL(window.location.href);
    if (query) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
    window.history.replaceState(null, "", url);
    if (!query) {
      list.textContent = "";
      section.hidden = true;
      status.textContent = "";
      current = null;
      form.setAttribute("data-ready", "");
      return Promise.resolve();
    }
    var leads = whole && current && query !== current.query;
    whole = false;
    return rank(query, leads).then(function (result) {
      if (seq !== sequence) { return; }
      current = { result: result, query: query };
      return show(result, query, seq, 0);
    }).catch(function () {
      if (seq === sequence) { status.textContent = form.getAttribute("data-error"); }
    });
  }

  /* Typing: a query runs at its keystroke, at most one every GAP ms (quicker keystrokes are taken
     together), so a pause costs no wait; results show as they come, the live region speaks once
     typing pauses. A word of fewer than prefixMin letters fetches only its own shard: when the
     shards it may become ("up", of "u") are in 3 files or fewer, they are fetched at once. */
  var timer = null;
  function runNow() {
    clearTimeout(timer);
    lastRun = performance.now();
    run();
  }
  function prefetch(text, m) {
    var words = surfaces(text, m);
    var w = words.length && words.length <= m.maxWords && /[\p{L}\p{Nd}]$/u.test(text) ? words[words.length - 1].s : "";
    var ahead = new Set(m.s.filter(function (k) { return k.indexOf(w) === 0; }).map(function (k) { return m.fileOf[k]; }));
    if (w && w.length < m.prefixMin && ahead.size <= 3) { ahead.forEach(function (f) { get("s/" + f + ".json"); }); }
  }
  input.addEventListener("input", function (e) {
    clearTimeout(timer);
    lastKey = performance.now();
    whole = /^insert(From(Paste|Drop|Yank)|ReplacementText)/.test(e.inputType);
    meta().then(function (m) { prefetch(input.value, m); });
    var wait = lastRun + GAP - lastKey;
    if (wait <= 0) { runNow(); } else { timer = setTimeout(runNow, wait); }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    whole = true;
    runNow();
  });
  [typeSelect, pillarSelect].forEach(function (select) {
    select.addEventListener("change", function () {
      if (current) { var seq = ++sequence; show(current.result, current.query, seq, 0); }
    });
  });
  more.addEventListener("click", function () {
    if (!current) { return; }
    var first = shown;
    show(current.result, current.query, sequence, shown).then(function () {
      var link = list.querySelectorAll(".search-result-title")[first];
      if (link) { link.focus(); }
    });
  });

  /* Keyboard: Down from the field enters the results, Up/Down move, Escape comes back. */
  function links() { return Array.prototype.slice.call(list.querySelectorAll(".search-result-title")); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) { e.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener("keydown", function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (i < 0) { return; }
    if (e.key === "ArrowDown" && i + 1 < all.length) { e.preventDefault(); all[i + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? all[i - 1] : input).focus(); }
    else if (e.key === "Escape") { e.preventDefault(); input.focus(); }
  });

  /* The filters are painted with the page (a browser without scripts hides them:
     search-noscript.css); their choices come with meta.json. */
  meta().then(function (m) {
    m.types.forEach(function (t) { typeSelect.appendChild(new Option(t[1], t[0])); });
    m.pillars.forEach(function (p) { pillarSelect.appendChild(new Option(p[1], p[0])); });
  });
  var initial = new URL(window.location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    run();
  }

  /* For tests and the benchmark: the client's own analysis and ranking. */
  window.portalSearch = {
    surfaces: function (text) { return meta().then(function (m) { return surfaces(text, m).map(function (x) { return x.s; }); }); },
    terms: function (text) {
      return meta().then(function (m) {
        var words = surfaces(text, m).map(function (x) { return x.s; });
        return Promise.all(words.map(function (w) {
          var key = shardOf(w, m);
          return (key ? shard(key, m) : Promise.resolve(null)).then(function (s) {
            if (!s || !has(s.w, w)) { return "?" + w; }
            return s.w[w] === null ? null : s.t[s.w[w]];
          });
        })).then(function (terms) { return terms.filter(function (t) { return t !== null; }); });
      });
    },
    rank: function (query) {
      return rank(query).then(function (r) { return r.ranked.map(function (x) { return { doc: x.doc, score: x.score }; }); });
    }
  };
})();
