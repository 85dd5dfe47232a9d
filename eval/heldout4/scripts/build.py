import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
A = "2022-02-08-us-japan-reach-steel-tariff-quota-deal.md"
B = "2022-05-24-biden-launches-ipef-in-tokyo.md"
C = "2025-01-04-biden-blocks-nippon-steel-bid-for-us-steel.md"
D = "2025-09-05-trump-signs-order-implementing-japan-trade-deal.md"
E = "2025-10-29-trump-takaichi-sign-rare-earths-framework-in-tokyo.md"
Q = [
# A: Feb 2022 steel tariff-rate quota
("how many tons of japanese steel can come in tariff free under the 2022 quota deal", ["1.25 million metric tons", "1.25 million"], A, "number"),
("when does the us-japan steel trq start", ["April 1"], A, "when"),
("why do they insist the steel be melted n poured in japan", ["keep metal made elsewhere", "particularly in China"], A, "why"),
("who was japans industy minister when the steel quota deal got done", ["Koichi Hagiuda", "Hagiuda"], A, "who"),
("feb 2022 japan deal: what happens w aluminum vs steel?", ["10 percent tariff on aluminum", "stays in place", "left untouched"], A, "comparison"),
("did tokyo ever hit back w its own duties over trump's 2018 metals levies?", ["never retaliated"], A, "paraphrase"),
("what did japan have to promise in return for the steel quota", ["appropriate domestic measures", "antidumping, countervailing duty, and safeguard measures"], A, "list"),
# B: May 2022 IPEF launch
("how many countries signed up to ipef at the tokyo launch", ["13 economies", "11 other countries"], B, "number"),
("what r the four ipef pilars", ["clean energy, decarbonization and infrastructure", "tax and anti-corruption"], B, "list"),
("why does japan still want the us back in tpp if its joining ipef anyway", ["IPEF and TPP are different", "market access"], B, "why"),
("which other pm was there in person w biden and kishida for the ipef launch", ["Narendra Modi", "Modi"], B, "who"),
("what chunk of the world economy do the founding ipef members add up to", ["40 percent"], B, "paraphrase"),
("ipef vs a regular fta, whats the main diff", ["tariffs or market access", "none of the tariff cuts"], B, "comparison"),
("when is the first econ 2+2 between tokyo and dc happening", ["in July"], B, "when"),
# C: Jan 2025 Biden blocks Nippon Steel
("what was nippon steel offering per share for us steel", ["$55 a share"], C, "number"),
("when did nippon steel originally agree to buy u.s. steel", ["Dec. 18, 2023"], C, "when"),
("who heads the usw, the union that backed biden killing the nippon deal", ["David McCall", "McCall"], C, "who"),
("why did potus biden block the nippon steel takover", ["national security", "under foreign control"], C, "why"),
("what did japan's trade minister say after biden nixed the us steel sale", ["difficult to understand and regrettable"], C, "factoid"),
("list what nippon steel promised to get the deal approved", ["$2.7 billion", "headquarters to Pittsburgh", "honor all of U.S. Steel's agreements"], C, "list"),
("did the treasury-led review panel ever agree if the japanese buyout was a risk?", ["could not reach a consensus"], C, "paraphrase"),
# D: Sept 2025 executive order and investment MOU
("what day did trump sign the order implementing the japan trade deal", ["on Thursday"], D, "when"),
("how much us farm stuff does japan buy per yr under the sept 2025 order", ["$8 billion a year"], D, "number"),
("what was the tariff 'stacking' issue japan kept complaining about", ["piled on top of existing duties", "added to existing duties"], D, "factoid"),
("who chairs the committee that recommends projects for japan's 550b", ["Howard Lutnick", "Lutnick"], D, "who"),
("how many days does japan get to put up the cash once trump picks a project", ["45 days"], D, "number"),
("japan investment fund: profit split before japan gets its money back vs after?", ["split evenly", "90 percent"], D, "comparison"),
("why is akazawa ok w trump choosing the projects", ["only natural", "supply chains inside the United States"], D, "why"),
# E: Oct 2025 Trump-Takaichi summit
("who's the japanese pm trump met in tokyo in oct 2025", ["Sanae Takaichi", "Takaichi"], E, "who"),
("how much did lutnick say the japanese deals at the tokyo dinner could total", ["$490 billion"], E, "number"),
("by when do they have to hold the us-japan mining minerals and metals ministerial", ["within 180 days", "180 days"], E, "when"),
("why the rush on a us japan rare earths pact in oct 2025", ["widened its export controls", "more than 90 percent"], E, "why"),
("which companies r on the us-japan investment fact sheet", ["Westinghouse", "GE Vernova", "SoftBank", "Hitachi"], E, "list"),
("what's japan giving america for its 250th bday", ["250 cherry trees", "fireworks"], E, "paraphrase"),
("how do trump and tokyo describe the 550bn differently", ["as it likes", "equity, loans and loan guarantees"], E, "comparison"),
]
OOS = [
("how much japanese steel actually came in under the trq in its first quarter (apr-jun 2022)?", "number"),
("did the uk get a steel tarrif quota deal like japan's", "factoid"),
("when did the ipef countries sign the supply chain agreement", "when"),
("why did the us shelve the ipef trade pillar talks", "why"),
("what did the dc appeals court rule on nippon steel's lawsuit over biden's block", "factoid"),
("when did nippon steel finally close the u.s. steel purchase", "when"),
("who did nippon steel and us steel sue besides the federal govt", "who"),
("when exactly did the 15% tariff on japanese cars kick in after the sept 2025 order", "when"),
("how much did japanese car exports to the us fall in august 2025", "number"),
("which japanese automakers announced new us plants during trump's oct 2025 tokyo visit", "list"),
("how does japan's 2022 steel quota compare in size w the eu's quota", "comparison"),
("how does the oct 2025 us-japan rare earths framework compare with the one trump signed w australia", "comparison"),
]
NOISE = [
"@TradeTalk @TradeTalk @TradeTalk @channel",
"<b>tariffs</b> <img src=x onerror=alert(1)> ```json {\"q\": null}```",
"ok so i was reading something earlier about steel or maybe cars idk and my cousin says japan pays our tariffs which sounds wrong but whatever, also the weather in osaka was great last spring and i keep thinking we should go back, anyway the coffee machine at work is broken again lol so yeah just venting, have a good one",
]
items = []
for q, a, s, k in Q: items.append(dict(question=q, in_scope=True, answers=a, seed=s, kind=k))
for q, k in OOS: items.append(dict(question=q, in_scope=False, answers=[], seed=None, kind=k))
for q in NOISE: items.append(dict(question=q, in_scope=False, answers=[], seed=None, kind="noise"))
random.Random(20261205).shuffle(items)
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for i, d in enumerate(items, 1):
        f.write(json.dumps({"id": f"h4q{i:03d}", **d}, ensure_ascii=False) + "\n")
print("questions", len(items), "in scope", sum(d["in_scope"] for d in items))

DL = [
(["did japan get any relief from the us steel tariffs in feb 2022?"], "how many product categories?", True, ["54 product categories"], A, "followup-number"),
(["who said the 2022 steel quota was 'a step towards a solution'?"], "what else did he say?", True, ["scrap the tariff completely", "World Trade Organization rules"], A, "followup-pronoun"),
(["what did the steelworkers union say about the japan steel deal in 2022?"], "and the steel buyers?", True, ["disappointing", "American Metal Manufacturers and Users"], A, "followup-ellipsis"),
(["when did raimondo and hagiuda agree to start talks on the steel tariffs?"], "why did japan want talks?", True, ["own producers at a disadvantage"], A, "followup-why"),
(["what's ipef?", "what did biden say at the launch?"], "who else spoke about it from the us side?", True, ["Raimondo", "Sullivan"], B, "followup-who"),
(["is taiwan part of ipef?"], "who said so?", True, ["Jake Sullivan", "Sullivan"], B, "followup-who"),
(["what does japan's big business lobby think of ipef?"], "tell me more", True, ["encourage (more) Southeast Asian nations", "Southeast Asian nations"], B, "followup-more"),
(["what's ipef?", "when did biden first pitch it?"], "and when was japan told?", True, ["summer of 2021"], B, "followup-when"),
(["what did biden decide on nippon steel's bid for us steel?"], "how long do they have to drop it?", True, ["30 days"], C, "followup-number"),
(["did trump support nippon steel buying us steel?"], "what did he write?", True, ["totally against"], C, "followup-pronoun"),
(["how did nippon steel and us steel react to biden's block?"], "why do they call it political?", True, ["credible evidence", "manipulating the review"], C, "followup-why"),
(["what did japan's trade minister say about the us steel decision?"], "when did he say it?", True, ["on Saturday"], C, "followup-when"),
(["what's the tariff on japanese cars after trump's sept 2025 order?"], "and before?", True, ["27.5 percent"], D, "followup-ellipsis"),
(["who signed the investment mou with akazawa in sept 2025?"], "what did he say at the signing?", True, ["committed $550 billion to the president", "This is historic"], D, "followup-pronoun"),
(["what was the stacking problem w japan's tariffs in aug 2025?"], "why did it happen?", True, ["not give Japan the same treatment", "spared the European Union"], D, "followup-why"),
(["under the sept 2025 mou who picks the projects for japan's $550bn?"], "tell me more", True, ["through a separate panel", "Jan. 19, 2029"], D, "followup-more"),
(["how long did biden and kishida talk in may 2022?", "what did they agree on?"], "what truck did takaichi park outside her meeting w trump?", True, ["Ford F-150"], E, "standalone-control"),
(["which companies are on the us-japan investment fact sheet from oct 2025?", "what is softbank looking at?"], "how much?", True, ["$25 billion"], E, "followup-number"),
(["what did trump and takaichi sign in tokyo in oct 2025?"], "how much money is the us putting into it?", False, [], None, "followup-number"),
(["what did japan's trade minister say about biden blocking nippon steel?"], "and what did ishiba say?", False, [], None, "followup-ellipsis"),
]
with open(os.path.join(OUT, "dialogues.jsonl"), "w") as f:
    for i, (h, q, ins, a, s, k) in enumerate(DL, 1):
        f.write(json.dumps({"id": f"h4d{i:03d}", "history": h, "question": q, "in_scope": ins, "answers": a, "seed": s, "kind": k}, ensure_ascii=False) + "\n")
print("dialogues", len(DL), "in scope", sum(d[2] for d in DL))
