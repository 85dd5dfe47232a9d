import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
AD = os.path.join(ROOT, "articles")
KINDS_Q = {"factoid", "why", "who", "when", "number", "list", "comparison", "paraphrase", "noise"}
KINDS_D = {"followup-ellipsis", "followup-why", "followup-number", "followup-pronoun", "followup-who",
           "followup-when", "followup-more", "standalone-control"}
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
errors = []
def err(msg):
    errors.append(msg); print("ERROR", msg)

def body(fn):
    t = open(os.path.join(AD, fn), encoding="utf-8").read()
    if not t.startswith("---\n"):
        err(f"{fn}: no front matter"); return ""
    return t.split("---\n", 2)[2]

# articles: front matter, date = file name, dateline, 600-700 words, paragraphs
arts = sorted(f for f in os.listdir(AD) if f.endswith(".md"))
if len(arts) != 5: err(f"expected 5 articles, found {len(arts)}")
for fn in arts:
    t = open(os.path.join(AD, fn), encoding="utf-8").read()
    fm = t.split("---\n")[1]
    if not re.search(r'^title: ".+"$', fm, re.M): err(f"{fn}: title")
    if not re.search(r"^publisher: Practice Wire$", fm, re.M): err(f"{fn}: publisher")
    m = re.search(r"^date: (\d{4}-\d\d-\d\d)$", fm, re.M)
    if not m or m.group(1) != fn[:10]: err(f"{fn}: date does not match file name")
    b = body(fn); w = len(b.split())
    first = b.strip().split("\n")[0]
    if not re.match(r"[A-Z][A-Z.]*(?:[ ,]+[A-Z][A-Z.]*)* \(Practice Wire\) - \S", first): err(f"{fn}: dateline")
    paras = [p for p in b.strip().split("\n\n") if p.strip()]
    if any("\n" in p.strip() for p in paras): err(f"{fn}: paragraph with a line break inside")
    print(f"{fn}: {w} body words, {len(paras)} paragraphs")
    if not 600 <= w <= 700: err(f"{fn}: {w} words, outside 600-700")

bodies = {fn: norm(body(fn)) for fn in arts}
ids = set()
counts = {}
for f, prefix, kinds in [("questions.jsonl", "h5q", KINDS_Q), ("dialogues.jsonl", "h5d", KINDS_D)]:
    n = 0
    for ln, line in enumerate(open(os.path.join(ROOT, f), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except Exception as e:
            err(f"{f}:{ln} does not parse: {e}"); continue
        n += 1
        need = {"id", "question", "in_scope", "answers", "seed", "kind"} | ({"history"} if prefix == "h5d" else set())
        if set(d) != need: err(f"{f}:{ln} fields {sorted(d)}")
        i = d.get("id", "")
        if not re.fullmatch(prefix + r"\d{3}", i): err(f"{f}:{ln} bad id {i}")
        if i in ids: err(f"duplicate id {i}")
        ids.add(i)
        if not isinstance(d.get("question"), str) or not d["question"].strip(): err(f"{i}: empty question")
        if not isinstance(d.get("in_scope"), bool): err(f"{i}: in_scope not boolean")
        if d.get("kind") not in kinds: err(f"{i}: kind {d.get('kind')}")
        if prefix == "h5d":
            h = d.get("history")
            if not (isinstance(h, list) and h and all(isinstance(x, str) and x.strip() for x in h)): err(f"{i}: history")
        if d.get("in_scope"):
            if d.get("kind") == "noise": err(f"{i}: noise marked in scope")
            if d.get("seed") not in bodies: err(f"{i}: seed {d.get('seed')} not in articles/"); continue
            if not d.get("answers"): err(f"{i}: no answers")
            for a in d["answers"]:
                if norm(a) not in bodies[d["seed"]]: err(f"{i}: gold string not in seed: {a!r}")
                if not 1 <= len(a.split()) <= 6: err(f"{i}: gold string not 1-6 words: {a!r}")
        else:
            if d.get("answers") != [] or d.get("seed") is not None: err(f"{i}: out of scope needs answers [] and seed null")
        key = (f, d.get("in_scope"), d.get("kind"))
        counts[key] = counts.get(key, 0) + 1
    print(f"{f}: {n} rows")
    want = {"questions.jsonl": 50, "dialogues.jsonl": 20}[f]
    if n != want: err(f"{f}: expected {want} rows, found {n}")
for k in sorted(counts, key=str): print("  ", k, counts[k])
print("errors:", len(errors))
sys.exit(1 if errors else 0)
