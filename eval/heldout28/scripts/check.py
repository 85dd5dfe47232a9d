"""Checks heldout28: articles (front matter, date, dateline, 650-750 words, paragraphs),
questions.jsonl and dialogues.jsonl (fields, ids, kinds, counts, gold strings verbatim in the seed,
7 in-scope questions per article, no gold string in another article, an @TradeTalk mention,
at least five dialogues with two history turns)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
AD = os.path.join(ROOT, "articles")
KINDS_Q = {"factoid", "why", "who", "when", "number", "list", "comparison", "paraphrase", "noise"}
KINDS_D = {"followup-ellipsis", "followup-why", "followup-number", "followup-pronoun", "followup-who",
           "followup-when", "followup-more"}
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
errors = []
def err(msg):
    errors.append(msg); print("ERROR", msg)

def body(fn):
    t = open(os.path.join(AD, fn), encoding="utf-8").read()
    if not t.startswith("---\n"):
        err(f"{fn}: no front matter"); return ""
    return t.split("---\n", 2)[2]

# articles
arts = sorted(f for f in os.listdir(AD) if f.endswith(".md"))
if len(arts) != 5: err(f"expected 5 articles, found {len(arts)}")
for fn in arts:
    if not re.fullmatch(r"\d{4}-\d\d-\d\d-[a-z0-9]+(?:-[a-z0-9]+)*\.md", fn): err(f"{fn}: file name not YYYY-MM-DD-slug.md")
    t = open(os.path.join(AD, fn), encoding="utf-8").read()
    parts = t.split("---\n")
    if len(parts) < 3: err(f"{fn}: front matter not closed"); continue
    fm = parts[1]
    if not re.search(r'^title: ".+"$', fm, re.M): err(f"{fn}: title")
    if not re.search(r"^publisher: Practice Wire$", fm, re.M): err(f"{fn}: publisher")
    m = re.search(r"^date: (\d{4}-\d\d-\d\d)$", fm, re.M)
    if not m or m.group(1) != fn[:10]: err(f"{fn}: date does not match file name")
    keys = {l.split(":", 1)[0] for l in fm.strip().split("\n") if l.strip()}
    if keys != {"title", "publisher", "date"}: err(f"{fn}: front matter keys {sorted(keys)}")
    b = body(fn); w = len(b.split())
    first = b.strip().split("\n")[0]
    if not re.match(r"[A-Z][A-Z.]*(?:[ ,]+[A-Z][A-Z.]*)* \(Practice Wire\) - \S", first): err(f"{fn}: dateline")
    if b.count("(Practice Wire) - ") != 1: err(f"{fn}: dateline must occur once, in the first paragraph")
    paras = [p for p in b.strip().split("\n\n") if p.strip()]
    if any("\n" in p.strip() for p in paras): err(f"{fn}: paragraph with a line break inside")
    print(f"{fn}: {w} body words, {len(paras)} paragraphs")
    if not 650 <= w <= 750: err(f"{fn}: {w} words, outside 650-750")

bodies = {fn: norm(body(fn)) for fn in arts}
counts = {}
for f, prefix, kinds, want in [("questions.jsonl", "h28q", KINDS_Q, 50), ("dialogues.jsonl", "h28d", KINDS_D, 18)]:
    rows, ids = [], []
    for ln, line in enumerate(open(os.path.join(ROOT, f), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except Exception as e:
            err(f"{f}:{ln} does not parse: {e}"); continue
        rows.append(d)
        need = {"id", "question", "in_scope", "answers", "seed", "kind"} | ({"history"} if prefix == "h28d" else set())
        if set(d) != need: err(f"{f}:{ln} fields {sorted(d)}")
        i = d.get("id", "")
        ids.append(i)
        if not isinstance(d.get("question"), str) or not d["question"].strip(): err(f"{i}: empty question")
        if not isinstance(d.get("in_scope"), bool): err(f"{i}: in_scope not boolean")
        if d.get("kind") not in kinds: err(f"{i}: kind {d.get('kind')}")
        if prefix == "h28d":
            h = d.get("history")
            if not (isinstance(h, list) and h and all(isinstance(x, str) and x.strip() for x in h)): err(f"{i}: history")
        if d.get("in_scope"):
            if d.get("kind") == "noise": err(f"{i}: noise marked in scope")
            if d.get("seed") not in bodies: err(f"{i}: seed {d.get('seed')} not in articles/"); continue
            if not isinstance(d.get("answers"), list) or not d["answers"]: err(f"{i}: no answers"); continue
            if len(set(map(norm, d["answers"]))) != len(d["answers"]): err(f"{i}: duplicate gold strings")
            for a in d["answers"]:
                if not isinstance(a, str) or norm(a) not in bodies[d["seed"]]: err(f"{i}: gold string not in seed: {a!r}")
                elif not 1 <= len(a.split()) <= 6: err(f"{i}: gold string not 1-6 words: {a!r}")
                others = [fn for fn in bodies if fn != d["seed"] and isinstance(a, str) and norm(a) in bodies[fn]]
                if others: err(f"{i}: gold string {a!r} also occurs in {others}")
        else:
            if d.get("answers") != [] or d.get("seed") is not None: err(f"{i}: out of scope needs answers [] and seed null")
        key = (f, d.get("in_scope"), d.get("kind"))
        counts[key] = counts.get(key, 0) + 1
    print(f"{f}: {len(rows)} rows")
    if len(rows) != want: err(f"{f}: expected {want} rows, found {len(rows)}")
    expected_ids = [f"{prefix}{n:03d}" for n in range(1, want + 1)]
    if ids != expected_ids: err(f"{f}: ids are not {expected_ids[0]}..{expected_ids[-1]} in order without gaps or duplicates")
    if len(set(norm(r.get("question", "")) for r in rows)) != len(rows): err(f"{f}: duplicate question text")
    oos = sum(1 for r in rows if r.get("in_scope") is False)
    if f == "questions.jsonl":
        noise = sum(1 for r in rows if r.get("kind") == "noise")
        if not 13 <= oos <= 17: err(f"{f}: {oos} out of scope, expected about 15")
        if noise != 3: err(f"{f}: {noise} noise rows, expected 3")
        used = {r.get("seed") for r in rows if r.get("in_scope")}
        if used != set(bodies): err(f"{f}: not every article is a seed: {sorted(set(bodies) - used)}")
        per = {}
        for r in rows:
            if r.get("in_scope"): per[r.get("seed")] = per.get(r.get("seed"), 0) + 1
        if any(n != 7 for n in per.values()): err(f"{f}: in-scope questions per article are not 7 each: {per}")
        if not any("@tradetalk" in r.get("question", "").lower() for r in rows): err(f"{f}: no @TradeTalk mention")
    else:
        if oos != 2: err(f"{f}: {oos} out of scope, expected 2")
        if sum(1 for r in rows if len(r.get("history") or []) >= 2) < 5: err(f"{f}: fewer than five dialogues with two history turns")
for k in sorted(counts, key=str): print("  ", k, counts[k])
print("errors:", len(errors))
sys.exit(1 if errors else 0)
