"""Phrase tables of the classifier: what each kind of job mail says, in en, de, fr and es.

Imports `records` and `detect.phrases` only. Lines are `weight | phrase` in the language of
`detect/phrases.py`; a weight of 3 is one phrase that alone decides, 2 a strong hint, 1 a
hint that needs company. Phrases describe families of wording that hold across employers
(the many ways to say "we chose someone else"), never one message's sentence.

The OTHER families describe what makes mail about jobs *not* a trigger: bulk mail, other
meanings of "interview" or "position", and people telling about their own search.
"""

# ruff: noqa: E501  (a phrase line reads best unbroken; wrapping one would change its meaning)
from __future__ import annotations

from assistant.detect.phrases import PhraseTable, compile_table
from assistant.records import EmailKind

_REJECTION = """
# --- en: the decision, in its many soft forms
3 | (decided|decision|chosen|elected|opted) [not] to (move|go|proceed|progress|continue|pursue) [forward|ahead] with (other|another|a different|different|more qualified|the other|a more) ~2 (candidate*|applicant*|profile*|application*|individual*|person|people)
3 | (move|moving|proceed|proceeding|go|going|progress|progressing|continue|continuing) [forward|ahead] with (candidate*|applicant*|someone|other profiles|profiles) (whose|who|that) ~6 (closely|better|more|most) ~2 (match*|align*|suit*|fit*|meet*)
3 | (decided|decision|chosen|elected|opted) not to (move|go|proceed|progress|continue|pursue|advance|invite|offer|take|extend|make)
3 | (not|won't|wont|cannot|can't|unable) ~3 (move|moving|proceed|proceeding|progress|progressing|go|going|advance|advancing) ~2 (forward|further|ahead|any further)
3 | (not|won't|wont|unable) ~3 (proceed|proceeding|progress|progressing|continue|continuing|moving forward) with your (application|candidacy|candidature)
2.5 | (regret|sorry) to (inform|advise|let you know|tell you|say|share|notify)
3 | (has|have|was|were|are|is) not [been](selected|successful|shortlisted|chosen|accepted|progressed)
3 | (application|candidacy|candidature) ~4 (was|were|has been|is|have been) (unsuccessful|declined|rejected|not successful)
3 | (you were|you have been|you are) unsuccessful
# A board's verdict after interview: "the board did not recommend you for appointment".
3 | (did not|didn't|does not|doesn't|not|unable to|cannot) ~2 recommend (you|your name|your application|your candidacy) for (appointment|the post|the position|the role|the job|selection|the panel|placement)
3 | (haven't|hasn't|weren't|wasn't|aren't|isn't) [been|quite](selected|successful|shortlisted|chosen|progressed)
3 | (won't|will not|wont|aren't|are not|not) [be](taking|take|moving|progressing|inviting|bringing) you ~2 (to|into) [the] [next|final|following|last|second|third] (stage|round|step|interview*)
3 | (not|won't|wont|shan't|unable to|not be) ~3 (progressing|progress|advancing|advance|taking|take|moving|move) your (application|candidacy|candidature) [further|forward|any further]
# A board's status, in its words: "the employer has reviewed your application and marked it as
# unsuccessful", "a marqué votre candidature comme non retenue", "ha marcado tu candidatura
# como descartada" (German: "als abgelehnt markiert", below).
3 | (marked|marque|marquee|marcado|marcada) ~3 (as|comme|como) (unsuccessful|not selected|rejected|declined|non retenue|non retenu|refusee|refuse|descartada|descartado|rechazada|rechazado|no seleccionada|no seleccionado)
3 | (not|won't|wont|shan't|unable to|cannot|can't) ~4 (move|moving|progress*|take|taking|put|putting|invite|inviting|advance|advancing|bring|bringing) you ~3 (next|final|second|third|later|further|onsite|on-site) (round|stage|step|interview*)
3 | (going to|will|we'll|decided to|chosen to|opted to|have to) (move|go|proceed|progress|continue) [forward|ahead] with (other|another|different|the other|a different) ~2 (candidate*|consultant*|applicant*|profile*|people|person|individual*)
3 | (went|gone|go|going|decided to go|chose to go) (the other way|another way|a different way|with (someone|somebody) else)
# Someone else chosen: "the hiring panel picked someone else for the site coordinator gig".
3 | (picked|chose|chosen|selected|hired|appointed|offered (it|the role|the job|the post|the position) to) (someone|somebody) else
# ... or ended up with another: "the lads ended up picking someone who's done analytics".
3 | (ended up|end up|settled on|decided on) (picking|choosing|hiring|taking|going with|offering it to|appointing|selecting) (someone|somebody|another|an internal|the other|a candidate|an applicant)
# A score short of the others': "your overall score fell just short of the candidates we are now
# inviting to the final interview".
3 | (score|scores|mark|marks|result|results|performance) ~3 (fell|fall|falls|fallen) [just|slightly|narrowly|a little] short of
# The post offered to another: "the hiring manager made an offer to a candidate from the first
# round".
3 | (made|extended|offered) (an offer|the role|the position|the job|the post) to (a|another|an internal|one of the other|the other) ~3 (candidate|applicant|finalist)
3 | (making|make|made|extending|extend) an offer to (one of them|one of the others|one of the other|another|someone|somebody)
# The application closed: "I'm closing your application for the post".
3 | (i'm|i am|we're|we are|we'll|we will|i'll|i will) (closing|close) your (application|candidacy|candidature)
# The client passed: "they've decided to pass on your application", "the insurer came back:
# they passed".
3 | (pass|passed|passing) on (you|your (application|profile|cv|candidacy|candidature))
2.5 | (came back|got back|come back|have come back|has come back) ~3 (they|they've|they have|client|client has) passed
# Choosing someone, said plainly: "we're going with someone who has done more sheet metal".
2.5 | (we're|we are|we've|we have|we|we'll|we will|decided to|chose to|opted to|they're|they are|they've|they have|they|they'll|they will) (going|gone|go|went) with (someone|somebody|an internal candidate|(another|a different|the other|a stronger|a more experienced) ~2 (candidate*|consultant*|applicant*|person|profile*))
# A shortlist's end: "they've gone with the other finalist".
3 | (going|gone|go|went|chose|chosen|picked|selected) [with] (the other|another|a different) finalist
# ... or applicant: "the trustees went for the other applicant in the end".
3 | (going|gone|go|went|opted|decided to go) for (the other|another|a different|a stronger|a more experienced) (applicant|candidate|finalist|person|profile)
# A preference for someone else: "they decided they'd prefer somebody based in Dublin already".
2.5 | (they'd|they would|we'd|we would|they|we|would|decided to) (prefer|preferred|rather have) (somebody|someone|a candidate|an applicant|a person|an internal candidate) (who|with|based|already|that|from)
2 | bearer of ~2 (bad|sad|disappointing) news
# A no said plainly: "thanks, but it's a no from us"; the process stopped: "so I'll stop the
# process on our side".
3 | (it's|it is|that's|that is) a no (from us|from them|from the client|from the team|this time|for now|on this one)
3 | (i'll|i will|we'll|we will|i'm going to|we're going to|have to|need to) (stop|close|end) the process (on our side|for you|with you|here|at this point)
# "they went with a candidate who already has her certification".
3 | (went|gone|go|going) with (a|an) ~2 (candidate|applicant|person|profile) (who|whose|that|with)
# ... or with someone by name, who has what was wanted: "they've gone with Georgie, who's been
# doing the newsletter for years".
2.5 | (they've|they have|we've|we have|they|we|we're|they're) (gone|going|went) with ~1 (who's|who has|who had|who already|who knows|who's been)
# The post offered to someone else: "decided to offer the role to an internal candidate".
3 | (decided|chosen|elected|opted|resolved) to offer (the|this) ~3 (role|position|post|job) to (someone|somebody|another|an internal|a colleague|a candidate|one of)
3 | unsuccessful (on this occasion|this time|at this time|at this stage)
# A system's status line: "Statut de la candidature : non retenue".
3 | (status|statut|estado|stand) ~4 (non retenue|non retenu|not selected|unsuccessful|rejected|declined|abgelehnt|absage|descartad*|no seleccionad*|rechazad*)
3 | (profile|background|experience|cv|skills) ~3 (does not|doesn't|do not|don't) ~2 (match|fit|meet|align with|correspond to) ~4 (needs|requirements|criteria|what we)
3 | (not|unable|cannot|can't|won't|wont|shan't) ~3 (offer|offering|extend|extending) you (the|a|this|an) ~2 (position|role|job|opportunity|offer|place)
2 | (not|isn't|wasn't|no) ~2 (good|great|the|positive) news
3 | (position|role|vacancy|opening|job|post|requisition) ~2 (has|have) [now|already]been (filled|closed|cancelled|canceled|withdrawn)
# ... and in the active voice: "we've filled the role internally", "the client has closed the position".
3 | (we've|we have|we|they've|they have|they|client has|manager has|team has) [now|already|just|recently|since] (filled|closed) (the|this|that|our|their) ~2 (role|position|vacancy|post|opening|job|requisition)
# Filled from inside, however far from its noun: "the post we discussed was filled internally".
3 | (was|were|been|being|got) filled (internally|in-house|from within)
# A public competition closed without an appointment.
3 | no appointment (will be|has been|was|is being|can be) made
3 | (position|role|vacancy|opening|requisition|hiring|post) ~6 (put|placed|is|been) on hold
# The recruitment itself stopped: "we will not proceed with the recruitment".
3 | (not|won't|wont|unable to|cannot|can't) ~2 (proceed|proceeding|continue|continuing|go ahead|going ahead) with (the|this|our|their) (recruitment|hiring|search|appointment|vacancy|process|recruitment process|hiring process)
# Kept to the ones already seen: "they're going to stick with the two people they've already seen".
2.5 | (going to|decided to|will|'ll|gonna|they'll|we'll) stick with (the|their|our) ~3 (people|candidates|applicants|finalists|shortlist|internal candidate|person)
# Someone else, said casually: "the gaffer's went wi a lad fae Paisley", "that's you out of it".
3 | (went|gone|going|go|decided to go) (with|wi) (a|the|this|some) (lad|lass|guy|girl|bloke|fella|chap|woman|man|gentleman|lady) (from|fae|who|that|with|wi)
2.5 | (that's you|you're|you are) (out of it|oot of it|out of the running)
# A hiring freeze ends the process: "headcount is frozen until Q3", "a hiring freeze".
3 | (headcount|hiring|recruitment|recruiting|requisition|requisitions) ~3 (is|are|was|were|has been|have been|got|been|being) (frozen|paused|suspended)
2.5 | (hiring|headcount|recruitment) freeze
2 | (go|going|gone|move|moving|head|heading) in a different direction
# Someone else had the seat, said casually: "Upstairs went with the lad from Bolton for the
# analyst seat".
3 | went with (the|a|an|someone|somebody) ~6 for the ~2 (role|job|seat|position|post|opening|vacancy)
# Not a match, said by a system: "it isn't a match for this opening at this time".
3 | (isn't|is not|wasn't|was not|not) a (match|fit) for (this|the) (opening|role|position|vacancy)
# ... on the hire itself: "we're going another direction on the research hire".
3 | (we're|we are|they're|they are) (going|heading) [in] (another|a different) direction ~3 (hire|role|position|post|search|opening|vacancy)
# Done, in the past tense: "we went another direction", "we've gone a different way".
3 | (went|gone|decided to go|chose to go|have gone|'ve gone) [in](another|a different|a new|other) (direction|way|route)
# Declining the candidate, in the words people use between themselves: "we'll pass for now".
# With regret, the pass needs no object: "I'm afraid they're going to pass".
3 | (afraid|sorry|unfortunately|sadly) ~3 (they're|they are|we're|we are|they've decided to|we've decided to|they have decided to|we have decided to) (going to pass|gonna pass|pass)
2.5 | (we'll|we will|we're going to|we are going to|decided to|going to|have to|we'd|we would|we'll have to) pass (for now|on (him|her|them|you|this one|this candidate|the candidate)|this time|at this (time|stage))
# The post gone: "the vacancy no longer exists, and I have withdrawn it"; filled: "we've now
# appointed to the Key Account Executive vacancy, so we're closing all remaining applications";
# said between people: "you're not getting the account manager job this time round".
3 | (vacancy|role|position|post|job|opening) ~2 no longer exists
3 | (i have|i've|we have|we've) withdrawn (it|the vacancy|the role|the position|the post|the job)
3 | (we've|we have|we) [now] appointed (to|for) (the|this)
3 | (we've|we have|we) [now] appointed (an internal candidate|an internal applicant|another candidate|another applicant|someone|one of our)
# ... or will: "we have now decided to appoint an internal colleague", "we're going to promote
# an internal candidate".
3 | (decided to|going to|chosen to|opted to|will|we'll) (appoint|hire|promote) (an|another|one) internal ~1 (candidate|applicant|colleague|person|employee|member)
# Not booking the candidate again: "I therefore won't be rescheduling the panel with you".
2.5 | (won't|will not|not) [be] (rescheduling|rearranging|rebooking) ~3 with you
3 | closing (all|the) remaining applications
3 | (you're|you are) not getting (the|this) ~4 (job|role|position|post)
3 | (we've|we have|we) [now|already|just] filled (it|the role|the post|the position|the vacancy|the job)
3 | (wasn't|was not|weren't|were not|isn't|is not) (one of|among) (those|the candidates|the applicants|the people) ~2 (selected|chosen|shortlisted)
3 | (post's|job's|role's|position's|post has|job has|role has|position has) gone to (one of|someone|somebody|another|an internal|a colleague)
2.5 | (i'm|i am|we're|we are) going to (say no|have to say no|pass) (for now|this time|on this)
# ... or the post: "we're going to pass for the analyst role", "so it won't be you this round".
2.5 | (going to|gonna|decided to|we'll|we will|have to|we've decided to|they've decided to) pass for (the|this) ~4 (role|job|position|post|opening|vacancy)
2.5 | (it won't|it will not|it's not going to|it isn't going to) be you ~2 (this round|this time|on this one|i'm afraid|sadly|unfortunately)
# Someone else given the job: "they've decided to give the coordinator job to one of the team
# leads".
3 | (decided to give|decided to offer|gave|have given|'ve given|are giving|'re giving) the ~4 (job|role|position|post) to (someone|somebody|one of|another|an internal|a colleague|the other)
# ... to someone by name, with the bad news said first: "bad news I'm afraid - we've given the
# research nurse post to Callum".
3 | bad news ~6 (gave|given|giving|offered) the ~4 (job|role|position|post) to
3 | (we've|we have|they've|they have|i've|we|they) (given|gave|offered) (it|the post|the job|the role|the position|the place) to (someone|somebody|another)
2.5 | no longer [being|actively](considered|under consideration|in consideration|considering|pursuing|in the running)
2.5 | (will not|shall not|won't|shan't|wont) be (progressing|advancing|continuing|proceeding|extending|inviting|scheduling)
2.5 | (not|isn't|wasn't) [quite](the right|a|a good|a strong|the best) (fit|match) ~4 (role|position|time|team|us)
# A client or employer "passing on" the reader, said between people: "They're passing on your
# profile for the contract" (not "passing on your CV to the manager", which forwards it).
3 | (they're|they are|they've|they have|we're|we are|we've|we have|decided to|going to) (passing|pass|passed) on (you|your (profile|application|candidacy|candidature)) (for|this time|at this|on this)
2 | (decided|chosen|decision) to (close|cancel|pause|freeze) (the|this|our) (position|role|requisition|search|opening|hiring)
2 | (other|another) (candidate*|applicant*) (whose|who) ~6 (more|better|closer|closely)
1 | after careful (consideration|review|deliberation)
# A test's verdict: "you did not reach the minimum score required", "n'avez pas atteint le
# score minimum requis", "no alcanzó la puntuación mínima", "die Mindestpunktzahl nicht erreicht".
3 | (did not|didn't|have not|haven't|has not|hasn't|not) (reach|reached|achieve|achieved|meet|met|attain|attained|obtain|obtained) the (minimum|required|pass|passing|qualifying) ~2 (score|mark|standard|threshold|grade)
3 | (you did not|you didn't|you were unable to|you were not able to) (pass|clear) ~2 (assessment*|test*|exam*|screening|selection)
3 | (n'avez pas|n'as pas|n'a pas|ne pas) ~2 (atteint|obtenu|atteindre|obtenir) (le|la) (score|note|seuil|minimum|moyenne) ~3 (requis*|minimum|minimale|necessaire|exige*)
3 | no (alcanzo|alcanzaste|alcanzado|ha alcanzado|has alcanzado|obtuvo|obtuviste|supero|superaste|ha superado|has superado) ~2 (la puntuacion|el puntaje|la nota|la calificacion|el minimo) ~2 (minim*|requerid*|necesari*|exigid*)
3 | (mindestpunktzahl|mindestpunkte|mindestnote|mindestanforderung*|erforderliche punktzahl) ~4 (nicht|leider nicht) ~2 erreicht
1 | (best of luck|good luck|wish you (all the best|the best|success|every success|luck)) ~3 (search|future|career|endeavo*|job hunt)
0.7 | keep your (resume|cv|details|profile|application|information) on file
# A speculative application answered: "we don't have an opening that fits your profile".
2.5 | (don't|do not|doesn't|does not) [currently] have (an|any) [suitable|open|current] (opening|openings|vacancy|vacancies|position|positions|role|roles) ~3 (fits|fit|matches|match|suits|suit|suitable|for) ~2 (your|you)
2.5 | (there are|there is|there's|we have) [currently] no [suitable|open|current] (openings|opening|vacancies|vacancy|positions|position|roles|role) ~3 (fit*|match*|suit*|for) ~2 (your|you)
2.5 | (don't|do not|doesn't|does not) [currently] have (a|an|any) [suitable|open|current] (opening|vacancy|position|role) for (a|an|someone|your)
# The post itself gone: "the role has been eliminated", "le poste est supprimé".
3 | (position|role|post) ~3 (has been|have been|is being|was|will be) (eliminated|abolished|made redundant|discontinued|withdrawn)
3 | (won't|will not|are not going to|aren't going to) be (filling|recruiting for|hiring for) (the|this|that) (position|role|post|vacancy)
# The role gone for good, not paused: "the business has decided not to replace the HR
# Advisor role", "there is no longer a vacancy to interview for", "won't be backfilled".
3 | (decided|decision|chosen) ~3 not to (replace|fill|backfill|recruit for|go ahead with) [the|this|that] ~3 (role|position|post|vacancy)
3 | no longer (a|an|any) [open] (vacancy|opening)
3 | no longer (a|any) (role|position|post) to (fill|interview for|recruit for)
# No interview for this one: "we are unable to offer you an interview for this competition".
3 | (unable to|not able to|cannot|can't|won't be able to|will not be able to|not in a position to) (offer|invite) you (an interview|to interview|to an interview|for an interview|an interview for|to the next)
# A public panel's no: "the appointing panel has not been able to offer you an appointment".
3 | (panel|board|committee) ~4 (not|unable|cannot) ~4 offer you (an|the) appointment
3 | (role|position|post|vacancy) ~4 (will not|won't|is not going to|isn't going to|will no longer) be (filled|replaced|backfilled)
# --- de
# The profile does not fit: "Ihr Profil passt leider nicht zu unseren Anforderungen".
3 | (profil|qualifikation*|erfahrung*|werdegang|hintergrund) (passt|passen|entspricht|entsprechen|deckt sich|decken sich) ~3 nicht ~4 (anforderung*|vorstellung*|erwartung*|suchen|gesucht*|bedarf|stelle|position|profil)
# ... or others' fits better: "Bewerberinnen, deren Profil besser zu unseren Anforderungen
# passt"; no interview: "können wir Ihnen leider kein Vorstellungsgespräch anbieten".
3 | (kandidat*|bewerber*|profile|personen) ~2 (deren|die) ~6 (besser|eher|starker) ~6 (passt|passen|entspricht|entsprechen)
3 | (konnen|werden) ~3 (ihnen|dir) ~2 (kein|keinen) (vorstellungsgesprach|gesprach|interview|bewerbungsgesprach) ~2 anbieten
3 | (fur|zugunsten) ~2 (anderen|andere|anderer|einen anderen|eine andere|weitere) ~2 (kandidat*|bewerber*|bewerbung*|profil*|person*)
3 | (anderen|andere|anderer) (kandidat*|bewerber*|bewerbung*) ~3 (entschieden|ausgewahlt|den vorzug)
3 | fur (jemanden|jemand anderen|jemand anders|eine andere person|einen anderen menschen) ~6 entschieden
# No invitation, in the future: "Man wird Sie nicht zu einem Gespräch einladen".
3 | (wird|werden|wurde|wollen|mochte|mochten) (sie|dich) [leider] nicht (zu einem|zum|zu einem weiteren|zu einem personlichen) ~2 (gesprach|vorstellungsgesprach|interview|zweitgesprach|bewerbungsgesprach) einladen
# The award gone elsewhere: "Den Zuschlag bekommen Bewerber, deren Tätigkeit näher ... liegt".
3 | zuschlag (bekommt|bekommen|bekam|bekamen|erhalt|erhalten|erhielt|ging|geht|hat) ~2 (bewerber*|kandidat*|jemand|eine andere|einen anderen|ein anderer|andere)
3 | (nicht|leider nicht|nicht mehr) [weiter|langer](berucksichtig*|in betracht|in die engere|in die nachste runde|weiterverfolgen|fortfuhren|weiterfuhren)
3 | gegen (ihre|deine|eine weitere) ~2 (bewerbung|kandidatur|zusammenarbeit) entschieden
2.5 | (einstellungsstopp|stellenstopp|einstellungssperre|einstellungsstop)
3 | gegen (eine|die) [weitere](weiterfuhrung|fortfuhrung|fortsetzung|weiterverfolgung) ~3 entschieden
# The procedure stopped: "das Auswahlverfahren wird nicht fortgeführt" (a hiring freeze on
# the post: "Wiederbesetzungssperre").
3 | (verfahren|auswahlverfahren|besetzungsverfahren|stellenbesetzungsverfahren|bewerbungsverfahren|prozess|auswahlprozess) ~3 nicht (fortgefuhrt|weitergefuhrt|fortgesetzt|weiterverfolgt)
2.5 | (wiederbesetzungssperre|besetzungssperre)
# ... or stopped by the employer: "leider müssen wir das Auswahlverfahren für die Stelle ...
# einstellen" (the process as the object: "wir möchten Sie einstellen" is a hire).
3 | (mussen|werden|mussten|wollen) wir das (auswahlverfahren|verfahren|bewerbungsverfahren|besetzungsverfahren|stellenbesetzungsverfahren) ~6 (einstellen|abbrechen|beenden|stoppen)
3 | (stelle|position|vakanz) ~4 (bereits|inzwischen|mittlerweile|schon|anderweitig) ~2 (besetzt|vergeben)
3 | anderweitig (besetzt|vergeben|entschieden)
# ... said plainly: "die Aushilfsstelle ist inzwischen weg. Wird also nichts mit uns."
3 | (stelle|aushilfsstelle|position|job|platz) (ist|war) (inzwischen|mittlerweile|schon|leider|bereits) weg
3 | (wird|wirds|das wird) [also|leider|dann|wohl|jetzt] (nichts|nix) mit uns
# The verb first, in the present: "Leider entscheidet sich der Kunde gegen eine Fortsetzung mit
# Ihnen"; or the post not given to the reader: "möchte die Stelle nicht mit Ihnen besetzen".
3 | (entscheidet|entscheiden|entschied|entschieden) sich ~4 gegen (eine|die|ihre|deine|sie|dich) ~2 (weiterfuhrung|fortfuhrung|fortsetzung|zusammenarbeit|bewerbung|kandidatur|einstellung)
3 | nicht mit (ihnen|dir) (besetzen|besetzt|zu besetzen)
# ... or the post going to someone else: "Die Schichtleitung geht an jemand anderen".
3 | (geht|ging|gehen|gingen) an (jemand anderen|jemand anders|jemanden|eine andere person|einen anderen bewerber|eine andere bewerberin|einen kollegen|eine kollegin|einen internen|eine interne)
# "Wir haben uns anders entschieden": the decision, said in three words.
3 | (haben|hat|habe) (uns|sich|mich) [leider|dann|nun|jetzt|doch] anders entschieden
3 | (stelle|position) ~4 (wird|wurde|ist) ~2 (gestrichen|abgeschafft|eingespart|weggefallen|entfallen)
# Said in passing: "leider nein, die Stelle ist seit letzter Woche weg".
3 | (die|diese) stelle ist ~4 weg
3 | (haben|hat) (die|diese) (stelle|position|vakanz) ~3 (besetzt|vergeben)
3 | (intern|hausintern|firmenintern) (besetzt|vergeben|nachbesetzt)
# ... said between people: "Wir machen das intern", "wir lösen die Stelle intern".
3 | (machen|besetzen|losen|regeln) (das|die stelle|die position|sie) [jetzt|nun|lieber|doch|jetzt doch] intern
# ... with a colleague: "entschieden, die Position ... mit einer Kollegin ... zu besetzen".
3 | (stelle|position|vakanz) ~6 mit (einer|einem) (kollegin|kollegen|internen|internen kandidatin|internen kandidaten|mitarbeiterin|mitarbeiter) ~6 (zu besetzen|besetzt|besetzen|nachzubesetzen)
# ... or with someone else: "wollen die Stelle aber doch mit jemandem besetzen, der ...".
3 | (stelle|position|vakanz) ~6 mit (jemandem|jemand anderem|einer anderen person|einem anderen bewerber|einer anderen bewerberin|einem anderen kandidaten|einer anderen kandidatin) ~4 (zu besetzen|besetzt|besetzen)
# Going on with someone else: "Wir gehen mit jemandem weiter, der schon ...".
3 | (gehen|machen) ~2 mit (jemandem|jemand anderem|einer anderen person|einem anderen kandidaten|einer anderen kandidatin|einem anderen profil) weiter
# ... in the infinitive: "uns entschieden, den Prozess mit einer anderen Person weiterzuführen".
3 | mit (jemand anderem|einer anderen person|einem anderen kandidaten|einer anderen kandidatin|einem anderen bewerber|einer anderen bewerberin|einem anderen profil|anderen kandidat*|anderen bewerber*) (weiterzufuhren|fortzufuhren|fortzusetzen|weiterzugehen|weiterzumachen|weiterfuhren|fortfuhren|fortsetzen)
# Refraining from the next round: "verzichtet darauf, Sie zum Zweitgespräch einzuladen".
3 | (sehen|nehmen) ~2 davon ab ~5 (einzuladen|weiterzuverfolgen|zu berucksichtigen|anzubieten|vorzustellen)
3 | nicht ~3 (in die|zur|zu der|fur die) (zweite|nachste|weitere|finale|letzte) (runde|gesprachsrunde|auswahlrunde|stufe) ~2 (einladen|einzuladen|nehmen|mitnehmen|vorgesehen|eingeplant)
# ("Einen neuen Termin für Sie setzen wir deshalb nicht mehr an": the verb split.)
3 | (neuen|weiteren|anderen|zweiten) (termin|gesprachstermin) ~6 (nicht mehr|leider nicht|nicht) (anbieten|geben|vereinbaren|an|ansetzen)
# ... or "keinen ... mehr": "Ich kann Ihnen deshalb leider keinen neuen Termin mehr anbieten".
3 | (keinen|kein) (neuen|weiteren|anderen|zweiten) (termin|gesprachstermin|gesprach) mehr (anbieten|geben|vereinbaren|ansetzen)
# Out of the race: "Für diese Position sind Sie damit aus dem Rennen."
3 | (sind sie|bist du|sie sind|du bist) ~5 aus dem rennen
# Someone found, in few words: "danke, aber wir haben schon wen gefunden".
3 | (haben|hat|habe) (schon|bereits|inzwischen|mittlerweile) (wen|jemanden|jemand|eine person) gefunden
3 | verzicht* ~3 (sie|dich|ihnen|dir) ~4 (einzuladen|weiterzuverfolgen|zu berucksichtigen|vorzustellen|weiterzuempfehlen)
2.5 | (neuen|weiteren) (gesprachstermin|termin|gesprach) wird es ~2 nicht ~2 geben
2.5 | (haben|hatten|gibt) ~4 (keine|keinen) (passende*|geeignete*|offene*|vakante*) (stelle*|position*|vakanz*)
3 | (keine|kein|keinen) (positive*|gute*|gunstig*|erfreulich*|bessere*) (nachricht*|ruckmeldung|bescheid|entscheidung|mitteilung)
# "Die Wahl ist nicht auf Sie gefallen", "unsere Wahl fiel auf eine andere Bewerberin".
3 | wahl ~2 (nicht auf (sie|dich|ihre bewerbung|deine bewerbung)|auf (eine andere|einen anderen|andere|jemand anderen)) ~3 (gefallen|fiel)
# ... verb first: "nach zwei Gesprächsrunden fiel unsere Wahl knapp auf eine andere Person".
3 | (fiel|fallt|ist) (unsere|die|meine|seine|ihre) wahl ~2 (nicht auf (sie|dich)|auf (eine andere|einen anderen|andere|jemand anderen))
3 | (konnen|konnten) [wir]ihnen ~3 (keine|kein) ~2 (stelle|position|angebot|zusage|positive*)
# ... decided: "haben wir uns entschieden, Ihnen kein Angebot zu unterbreiten", "wir möchten
# Ihnen deshalb kein Angebot machen".
3 | (ihnen|dir|euch) [deshalb|daher|darum|also|somit|leider|folglich|trotzdem|dennoch] (kein|keine|keinen) (angebot|vertragsangebot|stellenangebot|jobangebot|zusage) [zu] (unterbreiten|machen|aussprechen|geben|erteilen)
# ... and with the verb last: "dass wir Ihnen keinen Platz im Programm anbieten können".
3 | (ihnen|dir|euch) [leider] (keine|kein|keinen) (stelle|position|platz|zusage|anstellung|rolle|beschaftigung) ~8 (anbieten|geben|erteilen|machen) (konnen|konnten)
3 | (stelle|position|besetzung|rekrutierung|einstellung|prozess) ~4 (auf eis|pausiert|gestoppt|gestrichen|eingestellt|zuruckgestellt)
2.5 | (absage|absagen|absagt|abzusagen) ~3 (erteilen|geben|mitteilen|bewerbung|muss*|mochten|leider)
2.5 | (nicht|leider nicht) ~3 (berucksichtigt|weiterverfolgt|ausgewahlt) werden
# "Rhyfeld Pharma geht mit Ihrem Dossier nicht weiter", "wir gehen mit deiner Bewerbung nicht weiter".
3 | (geht|gehen|gehe) [leider] mit (ihrem|ihrer|ihren|deinem|deiner|deinen) (dossier|bewerbung|kandidatur|unterlagen|profil) [leider] nicht weiter
1.5 | (mussen|muss) ~3 (ihnen|dir) ~2 [leider]mitteilen
# "Leider müssen wir Ihnen heute absagen": the candidate is turned down (a meeting is "den Termin absagen").
3 | (ihnen|dir|euch) [leider|heute|nun|jetzt|hiermit|daher|deshalb] (absagen|eine absage (erteilen|geben))
# A recruiter relays the client's no: "Hanse Kontor hat (dir) leider abgesagt." (An interview
# that is called off has its object: "hat den Termin abgesagt".)
3 | (hat|haben) [dir|ihnen|euch] [leider|nun|jetzt|heute|doch] abgesagt
# ... or a person: "uns für eine Person entschieden, die bereits ein Team geführt hat".
2.5 | (uns|wir) ~3 fur (eine|einen) ~2 (kandidat*|bewerber*|mitbewerber*|person|kolleg*) ~4 entschieden
# What the decision means for the reader: "Für Sie bedeutet das leider eine Absage".
2.5 | (bedeutet|heisst) (das|dies) ~2 eine absage
# "haben wir uns für Bewerberinnen und Bewerber entschieden, die ...": others, in the plural.
2.5 | (uns|wir) ~3 fur (kandidat*|bewerber*|mitbewerber*|personen|profile) ~4 entschieden
3 | (position|stelle|vakanz|ausschreibung|suche|projektstelle) ~6 (zuruckgezogen|zuruckgenommen|gestrichen)
2.5 | (prozess|verfahren|auswahlprozess|auswahlverfahren|bewerbungsprozess|besetzungsverfahren) ~6 fur alle ~2 (kandidat*|bewerber*) ~2 (beendet|abgeschlossen|eingestellt)
2.5 | (ruckmeldung|antwort|entscheidung|bescheid|feedback) ~8 leider (negativ|eine absage|keine zusage)
1 | (viel erfolg|alles gute) ~4 (weiteren|zukunft|beruflich*|stellensuche|jobsuche|weg)
3 | (test|testverfahren|assessment|auswahlverfahren|prufung|eignungstest|auswahltest) ~4 nicht (bestanden|erfolgreich absolviert)
# "die ausgeschriebene Stelle ... wird nicht nachbesetzt" (not "noch nicht besetzt": open).
3 | (stelle|position|vakanz) ~8 nicht (nachbesetzt|mehr besetzt|neu besetzt)
3 | als (abgelehnt|nicht berucksichtigt|nicht ausgewahlt) (markiert|gekennzeichnet|eingestuft)
# --- fr
# The job given to someone, said plainly: "wir haben den Job jetzt dem Thomas gegeben", "Wir
# nehmen jemanden aus dem eigenen Betrieb, darum wird's nichts".
3 | (haben|hat|habe) (den job|die stelle|den posten|die position|den platz) ~6 (gegeben|vergeben)
3 | (nehmen|genommen|nehmen wir|nimmt) jemand* ~4 (eigenen|internen|intern|hause|haus|betrieb)
2.5 | (wird's|wird es|wirds|des wird|das wird) [leider|also|halt|darum|deshalb] (nichts|nix)
# "Leider passt es diesmal nicht" (not a time that does not suit: "passt es am Montag nicht").
3 | passt es (diesmal|dieses mal|dieses jahr|leider diesmal) nicht
# No place for the reader: "Für Sie ist da bei uns also kein Platz".
3 | (fur sie|fur dich|fur euch) ~6 (kein|keinen) (platz|bedarf|stelle|job|posten)
# The profile does not fit: "votre profil ne correspond pas à nos besoins actuels".
3 | (profil|candidature|experience|parcours|cv|competences) ~2 ne (correspond|correspondent|repond|repondent|colle|coincide|convient) pas ~5 (besoins|attentes|criteres|recherche*|exigences|poste|profil|cherch*)
# ... or others fit better: "plusieurs candidatures dont l'expérience correspond davantage à nos
# attentes", "des profils qui répondent mieux aux exigences du poste".
3 | (candidatures|candidats|candidates|profils|personnes) (dont|qui) ~6 (correspond*|repond*|colle*|convien*) (davantage|mieux|plus)
# No interview for this one: "nous ne pouvons vous proposer d'entretien".
3 | (ne|n') ~2 (pouvons|pourrons) [pas] ~2 (proposer|offrir|accorder) [un] (entretien|entrevue)
2.5 | (sommes|suis) ~2 (regret|desole*|desolee*) de (vous|t') ~2 (informer|annoncer|faire part|dire)
2.5 | regrett* de (vous|t') ~2 (informer|annoncer|faire part)
2.5 | (avons|ai) le regret de (vous|t') ~2 (informer|annoncer|faire part)
# A selection test failed: "vous n'avez pas réussi l'épreuve de sélection" ("passé" may
# mean not taken yet).
3 | (n'avez|n'as) pas (reussi|valide) ~3 (epreuve*|test*|examen*|selection|evaluation*|assessment)
3 | (ne|pas|n') ~3 (donner|donnerons|donnons) ~2 suite
# ... of a client, in the third person: "ils ne donnent pas suite".
3 | (ne|n') (donne|donnent|donnera|donneront) pas suite
3 | (pas|plus) ~2 (pu|pouvoir|pouvons) (donner|reserver) [une]suite
3 | (candidature|profil|dossier) n'a pas ete (retenu*|selectionne*|preselectionne*|accepte*)
3 | (vous n'avez|tu n'as) pas ete (retenu*|selectionne*|preselectionne*)
# "Je préfère donc ne pas te proposer le poste", "nous avons décidé de ne pas vous offrir ce
# contrat".
3 | ne pas (te|vous) (proposer|offrir|confier) (le|ce|cette) (poste|contrat|mission|cdd|cdi)
# Closed for want of an answer: "nous considérons votre candidature comme close".
3 | (considerons|considere|considerer|consideree) ~3 (candidature|dossier) comme (close|clos|cloture*|classe*|abandonne*)
3 | (votre|ta) candidature ~6 (est|a ete) ~1 (close|cloturee|classee)
# Someone found: "on a trouvé quelqu'un", "nous avons trouvé la personne".
3 | (on a|nous avons|j'ai|ils ont|le client a) (trouve|deja trouve|finalement trouve) (quelqu'un|la personne|notre candidat|notre candidate|un candidat|une candidate|la perle rare)
3 | (consider|considered|considering|treat|treated) your application ~2 (closed|withdrawn)
3 | ne (te|vous) (retiennent|retient|retiendront|retiendra|retenons|retiendrons) pas
3 | ne (retiendrons|retiendra|retiendront|retenons|retient|retiennent) pas (votre|ta) (candidature|profil|dossier)
# A committee settled for another: "leur comité a tranché en faveur d'un profil ayant déjà";
# the assignment over: "la mission se termine donc ici pour vous".
3 | tranche (en faveur (d'un|d'une|d'autres)|pour (un|une|un autre|une autre)) ~2 (profil*|candidat*|personne*)
3 | (s'arrete|se termine|s'acheve) [donc|malheureusement|ainsi] ici pour (vous|toi)
# Someone else taken: "ils ont pris quelqu'un en interne".
3 | (pris|choisi|recrute|embauche|retenu) quelqu'un (en interne|d'autre|de l'interne|de la maison)
# Said between people: "Ça ne se fera pas avec toi cette année".
3 | (ca|cela) ne se fera pas avec (toi|vous)
# ... said casually: "la direction a choisi un gars qui vient de chez un transporteur".
2.5 | (a|ont|avons) (pris|choisi|recrute|embauche|retenu|prefere) (un gars|une fille|un mec|une nana|un type|quelqu'un|une personne) qui
3 | (n'avons|n'a|n'ont) pas ~2 (retenu|selectionne|choisi) ~2 (votre|ta) (candidature|profil|dossier)
3 | (retenu|choisi|privilegie*|selectionne*|opte pour) ~2 (un|une|d'autres|un autre|une autre|autre) ~2 (candidat*|consultant*|profil*|candidature*)
3 | (poursuivre|continuer|avancer|aller de l'avant) ~2 avec (d'autres|un autre|une autre|des|les autres|les deux autres|les trois autres) ~2 (candidat*|profil*|personne*|candidature*)
3 | (choix|choisi|retenu|opte pour|privilegie*) ~2 (d'une autre|d'un autre|d'autres|une autre|un autre) ~2 (candidat*|consultant*|profil*|personne*|candidature*)
3 | (fait le choix|notre choix s'est porte sur|avons choisi|avons retenu|avons privilegie) (d'une|d'un|une|un) ~2 (candidat*|profil*|personne)
# Going on with someone who fits: "nous avons choisi de poursuivre avec une personne qui conçoit
# déjà des parcours".
3 | (choisi|decide|prefere|opte pour|fait le choix) de (poursuivre|continuer|avancer|aller de l'avant) avec (une personne|un profil|une candidate|un candidat|quelqu'un|une candidature) (qui|dont|ayant|deja|plus)
# Not kept for the list or the post: "vous n'êtes pas repris dans la réserve de recrutement".
3 | (vous|tu) (n'etes|n'es) pas (repris|reprise|retenu|retenue|selectionne|selectionnee)
# A choice settled on someone: "le comité a finalement arrêté son choix sur une candidate".
3 | (arrete|porte|fixe) (son|notre|leur|mon) choix sur (un|une|d'autres|quelqu'un|une autre|un autre) ~3 (candidat*|profil*|personne*|collegue*|collaborat*|en poste|interne)
3 | decid* (de ne pas|de ne plus) ~2 (aller plus loin|poursuivre|continuer|donner suite|avancer)
3 | (ne|n') ~3 (pas|plus) (aller plus loin|poursuivre|continuer|avancer) ~3 (ensemble|avec (toi|vous|ta candidature|votre candidature)|pour ce poste)
# ... in the future tense: "on n'ira pas plus loin ensemble pour ce poste".
# The reader's file closed, or the process gone on with the others: "nous clôturons donc votre
# candidature", "nous avons poursuivi le processus avec les autres candidats".
3 | (cloturons|cloturer|avons cloture|fermons|cloture) [donc|ainsi|aujourd'hui|desormais] (votre|ta) (candidature|dossier)
3 | (poursuivi|poursuivons|poursuivrons|continue|continuons) ~3 avec (les autres|d'autres) ~2 (candidat*|profils|personnes)
# No next round: "nous ne vous proposerons pas de deuxième entretien".
3 | (ne|n') ~2 (proposerons|proposons|proposerai|proposerai) pas ~2 (de deuxieme|de second|de nouvel|d'autre|de prochain|d'autres) (entretien|entretiens|echange|tour)
# ... or not to go on to it: "nous ne vous proposerons pas de passer à l'entretien final".
3 | (ne|n') ~2 (proposerons|proposons|proposerai|pouvons|pourrons) pas ~2 [vous proposer] de (passer|poursuivre|participer|continuer) (a|au|aux) ~3 (entretien*|etape*|tour|phase|epreuve*|suite)
# The outside search closed: "le recrutement externe est donc clos".
2.5 | recrutement externe (est|a ete) [donc|desormais|finalement] (clos|cloture|close|termine|ferme|arrete|interrompu)
3 | (n'ira|n'irons|n'irai|n'iront) [donc|finalement|malheureusement|helas] (pas|plus) plus loin ~3 (ensemble|avec (toi|vous|ta candidature|votre candidature)|pour ce poste)
# Going on with someone else, said between people: "on a décidé de partir avec une personne qui".
3 | (decide*|choisi|prefere*) ~3 (partir|aller|continuer|avancer) avec (une autre personne|une personne|quelqu'un|un autre profil|un autre candidat|une autre candidate|un profil)
# (Quebec says "comblé" for filled.)
3 | (poste|offre|mission) ~3 (a ete|est|a deja ete|est deja) (pourvu*|ferme*|annule*|comble*|attribue*)
# ... in a terse line: "Poste attribué. Merci pour votre intérêt."
2.5 | (poste|mission) (attribue|attribuee|pourvu|pourvue)
3 | (pourvu|pourvue|comble|comblee) (en interne|a l'interne)
# The recruitment closed with no one hired: "nous clôturons par conséquent ce recrutement sans embauche".
3 | (cloturons|cloturer|avons cloture|fermons|cloture|clos) ~3 (ce|le|notre) (recrutement|processus) ~2 sans (embauche|recrutement|suite|nomination)
# The post given to a colleague: "la direction a confié le poste d'assistant(e) à une collègue".
3 | (confie|confier|attribue|attribuer) (le|ce) poste ~6 a (un|une) (collegue|collaborat*|candidat*|personne|autre)
# Not met at all: "il ne souhaitait pas vous rencontrer", "une fin de non-recevoir".
3 | (ne souhaite|ne souhaitait|ne souhaitent|ne souhaitaient) pas (vous|te) rencontrer
3 | fin de non-recevoir
3 | (pas|plus) en mesure de (vous|te) (proposer|offrir) (le|ce|un|cet) (poste|contrat|emploi)
# Going with someone, said casually: "on part sur Léo", "ils partent sur un profil qui".
2.5 | (part|partent|partons|partir|sommes partis|est parti|est partis|sont partis) sur (un autre|une autre|quelqu'un|un profil|une personne|un candidat|une candidate)
# The no said plainly: "c'est non pour cette fois".
3 | c'est (non|un non) (pour cette fois|pour ce poste|pour cette mission|de notre cote|de leur part|de la part du client)
# A public body's verdict: "la commission n'a pas proposé votre nomination"; the procedure
# closed: "la procédure de recrutement est donc clôturée".
3 | (n'a|n'ont|n'avons) pas (propose|retenu|recommande) (votre|ta) (nomination|engagement)
3 | (procedure|processus) de (recrutement|selection) (est|a ete) [donc] (cloturee|close|cloture|terminee|annulee|arretee|interrompue)
# The post given to someone else, in the third person: "la direction a décidé de lui confier ce poste".
3 | (lui|leur) (confier|confie|confions|confierons|attribuer|attribue|attribuons|proposer|propose|offrir|offert) (ce|le|la|cette) (poste|mission|place|fonction)
3 | (attribue|attribuee) (en interne|a (un|une) (autre|candidat|candidate|collegue|collaborat*))
# "nous avons fait notre choix : le poste d'assistante ... est attribué".
3 | poste ~8 (est|a ete|a deja ete|a finalement ete) [deja|desormais|maintenant|finalement] (attribue|attribuee)
2.5 | (avons|ai) fait (notre|mon) choix
3 | (avons|a|ont) [deja|finalement] (pourvu|ferme|comble) (le|ce|la) (poste|mission|offre)
2.5 | (n'avons|n'ai|n'a|n'ont) ~2 (pas|aucun|aucune) ~3 (poste|postes|ouverture|opportunite|offre) ~4 (correspond*|adapte*|convenant|convient) ~3 (profil|vous|candidature)
3 | (suite|reponse) (defavorable|negative)
# "Nous ne sommes pas en mesure d'y répondre favorablement / de donner une suite favorable".
3 | (pas|plus) (en mesure|possible) ~3 (repondre favorablement|donner une suite favorable|reserver une suite favorable|y donner suite)
3 | (ne pouvons|ne pourrons|ne pouvons malheureusement) pas ~3 (repondre favorablement|donner une suite favorable|reserver une suite favorable)
2.5 | (respuesta|decision|noticia*) (negativa|desfavorable)
3 | (poste|recrutement|processus) ~4 (suspendu|gele|mis en pause|mis en attente|en suspens|annule)
# ... said of the posts, or the procedure ended: "ce poste fait partie des recrutements gelés",
# "nous sommes contraints de mettre fin à la procédure".
2.5 | (recrutements|postes|embauches) (geles|suspendus)
3 | (mettre|mettons|mettre donc|avons mis|a mis) fin a (la|cette|notre) (procedure|recrutement|processus)
# A casual no: "Désolé, ce sera quelqu'un d'autre pour l'équipe du guichet".
3 | (ce sera|ca sera|ca va etre|ce va etre) quelqu'un d'autre
# ... or given up: "le recrutement du poste de technicien(ne) de laboratoire est abandonné".
3 | (poste|recrutement) ~8 (est|a ete|sera) [finalement|donc|definitivement] abandonne
2.5 | (gel|geler|gelons|gele) (des|de|l'ensemble des|les|tous les) ~2 (recrutements|embauches|postes|effectifs|recrutement)
# The post itself gone: "le poste ne sera donc pas ouvert", "nous clôturons le processus pour
# toutes les personnes candidates".
3 | (poste|recrutement) ne sera ~2 (pas|plus|jamais) (ouvert|pourvu|maintenu|reouvert)
3 | (poste|mission) ~4 (est|a ete|sera|va etre) (supprime|supprimee)
3 | (supprimer|supprime|supprimons|supprimer) (le|ce) poste
3 | ne sera ~2 pas (pourvu|pourvue|ouvert|ouverte)
3 | (procedure|processus) de recrutement ~2 (est|a ete) (cloture|cloturee|clos|close|termine|terminee|annule|annulee)
2.5 | (cloturons|cloturer|avons cloture|clore|fermons) le (processus|recrutement) ~4 (toutes les|tous les|l'ensemble des) ~2 (candidat*|personnes)
2.5 | (ne|n') ~3 (pouvons|pourrons|sommes) [donc|malheureusement|finalement|helas|ainsi] pas ~3 (proposer|offrir|poursuivre)
1 | (bonne continuation|bonne chance|plein succes) ~3 (recherche*|projet*|carriere|avenir)
# --- es
# A colleague keeps someone who already has what was wanted: "nos quedamos con Carla, que ya
# venía colaborando los sábados".
2.5 | (nos quedamos|se quedaron|se quedo|nos quedaremos|nos vamos a quedar|se van a quedar|decidimos quedarnos) con ~2 (que|quien) ~2 (ya|tiene|tenia|venia|conoce|cuenta|lleva|llevaba)
# The profile does not fit: "su perfil no se ajusta a lo que buscamos".
3 | (perfil|candidatura|experiencia|cv|trayectoria) no ~2 (se ajusta|encaja|coincide|corresponde|cumple|se adecua|se alinea|responde) ~5 (necesidades|requisitos|requerimientos|buscamos|busca|buscando|perfil|puesto|posicion)
# ... or others' fits better: "candidaturas cuyo perfil se ajusta más a lo que buscamos";
# no interview: "no podemos ofrecerte una entrevista".
3 | (candidaturas|candidatos|candidatas|perfiles|personas) (cuyo|cuya|cuyos|cuyas|que) ~6 (ajusta*|encaja*|adecua*|corresponde*) ~1 (mas|mejor)
3 | no (podemos|podremos) ~2 (ofrecerte|ofrecerle|ofrecer|proponerte|proponerle) ~2 (entrevista|una entrevista)
2.5 | (lamentamos|lamento|sentimos|siento|lamentablemente debemos) (informarte|informarle|comunicarte|comunicarle|decirte|decirle|informar|comunicar)
3 | (no|lamentablemente no) ~2 (has|ha|hayas|haya) (sido|resultado) (seleccionad*|preseleccionad*|elegid*|escogid*|exitos*)
# A public pool's verdict: "no ha sido incluido en la bolsa", "quedando por debajo de la
# puntuación de corte".
3 | no ~2 (has|ha) sido (incluid*|admitid*) ~3 (bolsa|lista|seleccion|proceso)
2.5 | por debajo de la (puntuacion|nota|calificacion) (de corte|minima)
# A client's no, relayed: "Lamentablemente no avanzan", "por desgracia no siguen contigo".
2.5 | (lamentablemente|desafortunadamente|por desgracia) no (avanzan|avanza|siguen|sigue|continuan|continua)
# A public post withdrawn: "la convocatoria queda anulada y no se procederá a la contratación".
3 | no se (procedera|va a proceder|realizara) a (la|su) (contratacion|cobertura|adjudicacion)
3 | (convocatoria|plaza|proceso|oferta) (queda|ha quedado) (anulad*|desiert*|cancelad*)
# A public competition's result: "su folio ... NO resultó ganador".
3 | no (resulto|resultaste|resultaron) ~2 (ganador*|seleccionad*|elegid*|favorecid*)
# "Esta vez no quedaste seleccionada"; a board's "ha resuelto no incluir su candidatura en la terna".
3 | no (quedaste|quedo|quedaron|has quedado|ha quedado|quedas|queda|quedo usted) (seleccionad*|elegid*|escogid*)
3 | (resuelto|resolvio|decidido|acordado|acordo) no (incluir|considerar|seleccionar|elegir) (su|tu) (candidatura|postulacion|solicitud|perfil|nombre)
# Going on with candidates who fit better: "el comité decidió seguir adelante con candidatos cuya
# trayectoria...".
3 | (decidio|decidimos|hemos decidido|ha decidido|han decidido|decidieron|optamos por|opto por|optado por) ~2 (seguir|continuar|avanzar) [adelante] con (candidatos|candidatas|candidaturas|otras candidaturas|otros candidatos|otros perfiles|perfiles|personas|postulantes) (cuya|cuyo|cuyas|cuyos|que|con)
# Someone preferred: "preferimos a alguien que viva en Valpo", "prefieren avanzar con una
# persona que viva en Rosario"; "con ellos no seguimos"; "no te van a tener en cuenta".
3 | (prefieren|prefirieron|prefiere|prefirio|preferimos|hemos preferido|han preferido) (avanzar|seguir|continuar|quedarse|ir) con (una persona|otra persona|alguien|otro perfil|un perfil|otro candidato|otra candidata|un candidato|una candidata)
2.5 | con (ellos|ellas|este cliente|esa empresa|esta empresa) no (seguimos|seguiremos|continuamos|avanzamos)
3 | no (te|lo|la|le) (van a|vamos a|va a) tener en cuenta
2.5 | (preferimos|prefirieron|prefieren|prefirio|hemos preferido|han preferido) (a alguien|a otra persona|a otro candidato|a otra candidata|un perfil|a una persona|otro perfil) (que|con|de)
3 | (decidido|optado|elegido) ~2 (continuar|seguir|avanzar|proceder|ir|quedarnos) ~3 con (otros|otras|otro|otra) ~2 (candidat*|consultor*|perfil*|postulante*|persona*)
3 | (decantado|decantamos|inclinado|inclinamos|optado|optamos) por (otro|otra|otros|otras) ~2 (candidat*|consultor*|perfil*|postulante*|persona*)
# Others chosen: "el comité eligió a otros perfiles para las dos plazas".
3 | (eligio|eligieron|elegimos|hemos elegido|han elegido|ha elegido|escogio|escogieron|escogimos|hemos escogido|selecciono|seleccionaron|seleccionamos|hemos seleccionado) [a] (otros|otras|otro|otra) ~2 (candidat*|perfil*|postulante*|persona*)
3 | (otros|otras|otro|otra) (candidat*|perfil*|postulante*) (que|cuyo*|cuya*) ~6 (ajust*|encaj*|adecu*|alinea*)
3 | no (continuar|seguir|avanzar|avanzaremos|continuaremos|seguiremos|podremos continuar|podemos continuar|podremos avanzar|podemos avanzar|vamos a continuar|vamos a seguir|vamos a avanzar) ~3 (candidatura|solicitud|postulacion|proceso|adelante)
# Not passed on to the next step: "por eso no pasaremos tu candidatura a la fase de entrevistas".
3 | no (pasaremos|pasamos|pasara|vamos a pasar|podemos pasar|podremos pasar) (tu|su) (candidatura|perfil|cv|postulacion|solicitud) a (la|las) ~3 (fase|fases|etapa|etapas|ronda|entrevista*)
# ... said to the candidate: "no pasaste a la siguiente ronda", "no ha avanzado a la fase final".
3 | no (pasaste|pasas|has pasado|paso|ha pasado|avanzaste|avanzas|has avanzado|avanzo|ha avanzado|pasara|pasaras|avanzara|avanzaras) a la (siguiente|proxima|segunda|tercera|ultima|fase|etapa) ~2 (fase|ronda|etapa|instancia|final)
3 | (puesto|posicion|vacante|plaza) ~3 [ya](ha sido|fue|esta|se ha) (cubiert*|ocupad*|cerrad*|cancelad*)
# ... or never opened: "al final no abren la vacante", "la plaza se queda en el aire".
2.5 | no (abren|abrimos|abriremos|van a abrir|vamos a abrir|se abre|se abrira|se va a abrir) (la|el) (vacante|plaza|posicion|puesto)
2.5 | (vacante|plaza|posicion|puesto) ~3 se queda en el aire
3 | (puesto|posicion|plaza|vacante) ~3 (ha sido|fue|sera|queda|se ha) (suprimid*|eliminad*|amortizad*)
3 | no (podremos|podemos|es posible) dar curso a (su|tu) (solicitud|postulacion|candidatura|presentacion)
2.5 | no (cuenta|contamos|tenemos|disponemos) ~2 (vacantes|cargos|posiciones|puestos) ~4 (que se ajusten|que se ajuste|acordes|que encajen) ~3 (su|tu) perfil
# A public call's verdict: "su hoja de vida NO CONTINÚA en la siguiente etapa".
3 | no (continua|continuas|continuara|sigue|avanza|pasa|pasara) (a|en) (la|las) ~2 (etapa|etapas|fase|fases|ronda)
3 | (hemos|han|ha|se ha|finalmente hemos) (cubierto|ocupado) ~2 (el|la) (puesto|posicion|vacante|plaza)
2.5 | no (tenemos|disponemos de|contamos con|hay) ~3 (vacante*|posicion*|puesto*|plaza*|oportunidad*) ~4 (ajust*|encaj*|correspond*|adecu*|acorde) ~3 (perfil|ti|usted)
3 | (se cerro|se cubrio|se ocupo|cerramos|cubrimos|ocupamos|hemos cerrado|se ha cerrado) ~2 (el|la|esta|este) (vacante|puesto|posicion|plaza)
3 | (vacante|puesto|posicion|plaza) ~2 se (cerro|cubrio|ocupo|ha cerrado|ha cubierto|ha ocupado)
# The object said twice: "la plaza ya la cubrimos".
3 | (vacante|puesto|posicion|plaza) ~2 (la|lo) (cubrimos|cerramos|ocupamos|cubrieron|cerraron|ocuparon|hemos cubierto|hemos cerrado|hemos ocupado|han cubierto|han cerrado)
# "La vacante de Sobrecargo de Hotel (ref. NB-117) ... ya ha sido cubierta": far from its noun.
2.5 | ya (ha sido|fue|se ha|esta) (cubierta|cubierto|ocupada|ocupado)
# ... and filled from inside: "fue cubierta de manera interna por una colaboradora".
3 | (cubiert*|ocupad*|cubrio|cubrimos|cubrieron) (internamente|de manera interna|de forma interna|en forma interna|con personal interno)
# ... or to be, a few words on: "ha decidido cubrir la plaza de técnico mediante promoción
# interna".
3 | (cubrir|cubrirla|cubrirlo|cubrimos|cubriremos|cubre|cubrio) ~8 (promocion interna|internamente|de forma interna|con personal interno|con personal propio)
# ... by someone of the house: "ha decidido cubrir la vacante con una persona del departamento
# de Calidad", "cubrimos el puesto con un compañero del equipo".
3 | (cubrir|cubrirla|cubrirlo|cubrimos|cubriremos|cubre|cubrio|ocupar|ocupamos) [la|el|esta|este] [plaza|posicion|puesto|vacante] con (una persona|un companero|una companera|alguien|un candidato|una candidata|un colaborador|una colaboradora) (del|de la|de nuestro|de nuestra|de su) (equipo|departamento|casa|plantilla|empresa|area|servicio)
# A public call closed without an appointment: "declarar DESIERTA la plaza".
3 | (declarar|declara|declarada|declarado|declaro|queda|quedado|quedo|ha quedado|se declara) [la plaza|el puesto|el concurso|la convocatoria|el proceso] desiert*
# A search closed on someone: "cerramos la búsqueda", "elegimos a alguien que ya está acá".
3 | (cerramos|hemos cerrado|cerraron|han cerrado|se cerro) (la|el) (busqueda|proceso)
3 | (elegimos|escogimos|optamos por|nos decidimos por|nos quedamos con|contratamos) (a alguien|a otra persona|a otro candidato|a otra candidata|otro perfil|a una persona)
# ... said of the team, casually: "al final han cogido a la chica que venía de la CRO".
3 | (han|hemos|ha) (cogido|elegido|escogido|contratado|fichado) a (la chica|el chico|una chica|un chico|otra persona|otra chica|otro chico|alguien|otro candidato|otra candidata|una persona|una companera|un companero) (que|de|con)
# A public list's verdict: "usted no figura entre las personas seleccionadas".
3 | (excluirla|excluirle|excluirlo|excluirte|queda excluida|queda excluido|ha sido excluida|ha sido excluido|has sido excluida|has sido excluido) ~3 (bolsa|lista|proceso|convocatoria|seleccion)
# Not taken on to the next round: "con ese resultado no podemos pasarte a la entrevista final".
3 | no (podemos|vamos a|van a|puedo) (pasarte|pasarle|invitarte|invitarle|citarte|citarle|llevarte|llevarle) a la ~2 (entrevista|fase|etapa|ronda)
# No one hired at all: "al final no vamos a contratar a nadie para redes este año".
3 | no (vamos a|van a|va a|podemos|hemos podido) contratar a nadie
3 | no (figura|figuras|aparece|apareces) entre (las personas|los candidatos|las candidatas|los aspirantes|los|las) ~2 (seleccionad*|admitid*|aprobad*)
# The post offered to someone else: "resolvimos ofrecer la Coordinación a una persona que ...".
# ... or offered it already: "el puesto se lo hemos ofrecido a otra persona".
3 | (ofrecido|ofrecimos|ofrecieron|ofrecio|adjudicado|adjudicamos|adjudicaron) ~3 a (otra persona|otro candidato|otra candidata|alguien|otro perfil|una persona que|un candidato que|una candidata que)
3 | (resolvimos|decidimos|hemos decidido|optamos por|preferimos) ofrecer ~5 a (una persona|otra persona|alguien|otro candidato|otra candidata|un candidato|una candidata|un colaborador|una colaboradora)
3 | (candidatura|solicitud|postulacion|perfil) no ~2 (ha sido|fue|ha resultado|ha) ~2 (seleccionad*|aceptad*|exitos*|elegid*)
# ... said by the ones who chose: "en esta ocasión no hemos seleccionado tu perfil".
3 | no (hemos|han|ha) (seleccionado|preseleccionado|elegido|escogido) ~1 (tu|su|vuestra|vuestro) (perfil|candidatura|solicitud|cv|curriculum)
3 | (proceso|posicion|vacante|puesto|contratacion) ~4 (en pausa|congelad*|suspendid*|en espera)
2.5 | (congelacion|congelamiento) (de|del) ~2 (contrataciones|plantilla|vacantes|headcount|presupuesto|incorporaciones)
2.5 | no (podemos|podremos|estamos en condiciones de) ~2 (ofrecerte|ofrecerle|continuar|seguir)
3 | (decidido|optado) no ~2 (seguir adelante|avanzar|continuar|seguir) ~3 (contigo|con usted|con tu|con su|proceso|candidatura)
1 | (mucha suerte|mucho exito|exito|lo mejor) en (tu|su) ~2 (busqueda|carrera|futuro|camino)
# A platform's or a recruiter's "discarded": "la empresa ha descartado tu hoja de vida".
3 | (ha|han|hemos|he) (descartado|desestimado|rechazado) ~2 (tu|su) ~2 (candidatura|solicitud|postulacion|hoja de vida|cv|curriculum|perfil|inscripcion)
3 | (candidatura|solicitud|postulacion|hoja de vida|cv|curriculum|perfil|inscripcion) ~4 (ha sido|fue|ha quedado|queda|quedo) (descartad*|desestimad*|rechazad*|excluid*)
# Kept the other finalist: "se quedan con la otra finalista", "se han quedado con una chica".
3 | (se quedan|se quedaron|se han quedado|se queda|se quedo|nos quedamos|nos hemos quedado) con (la|el|una|un|otra|otro) ~2 (otra|otro|finalista|candidata|candidato|chica|chico|persona|perfil|companera|companero)
# A public body's list: "queda usted excluida de la bolsa de trabajo".
3 | (queda|quedas|queda usted|ha quedado|resulta|resulto) (excluido|excluida) de (la bolsa|el proceso|la convocatoria|la lista|las pruebas|el concurso)
# The post goes to someone, said casually: "la plaza de coordinación se la queda Marta",
# "al final no va a ser".
3 | (plaza|puesto|vacante|posicion) ~4 se (la|lo) (queda|ha quedado|quedo|lleva|ha llevado|llevo)
2.5 | al final no va a ser
3 | no (ha|han|hemos) (continuado|seguido|avanzado) con (tu|su) (proceso|candidatura|postulacion|solicitud)
# The process ends for the candidate: "el proceso para ti ha finalizado", "no sigue adelante".
3 | proceso ~2 (para ti|para usted|contigo|con usted|con vos) ~2 (ha finalizado|ha terminado|ha concluido|finaliza|termina|se cierra|se detiene|no continua|no sigue)
3 | (proceso|candidatura|postulacion) ~2 no (sigue|seguira|continua|continuara|avanza|avanzara) adelante
# ... or with the process: "no seguimos adelante con el proceso".
3 | no (seguimos|seguiremos|continuamos|continuaremos|vamos a seguir|vamos a continuar) adelante con (el|tu|su) (proceso|candidatura|postulacion)
# The role itself cancelled: "hemos cancelado la posición de Ops Manager".
3 | (hemos cancelado|cancelamos|se ha cancelado|se cancelo|han cancelado) (la|el) (posicion|puesto|vacante|plaza|busqueda)
3 | (cancelar|cancelamos|hemos cancelado|cancelado|cerrar|cerramos|hemos cerrado) el proceso de seleccion
2.5 | (posicion|puesto|vacante|plaza) (desaparece|desaparecio|se elimina|queda eliminad*)
2.5 | no (vamos a|podremos|vamos a poder) (cubrirla|cubrirlo|cubrir el puesto|cubrir la posicion|cubrir la vacante)
# Said between people: "al final no seguimos contigo", "no vamos a seguir con tu candidatura".
3 | no (seguimos|seguiremos|continuamos|continuaremos|avanzamos|avanzaremos|vamos a seguir|vamos a continuar|vamos a avanzar) (contigo|con usted|con vos|con tu|con su)
# Someone else was chosen: "hemos cogido a alguien de la casa", "optado por un perfil interno".
3 | (cogido|elegido|escogido|contratado|seleccionado|optado por|decantado por|quedado con|ido con|apostado por) ~2 (alguien|una persona|otra persona|un perfil|una candidata|un candidato|otro candidato|otra candidata|otro perfil) ~3 (de la casa|interno|interna|de dentro)
2.5 | no (has|ha) (pasado|superado) ~3 (fase|etapa|prueba|proceso|ronda|filtro|corte)
# A speculative application answered: "en estos momentos no tenemos ninguna vacante".
2.5 | (no tenemos|no disponemos de|no contamos con|no hay) (ninguna|ningun) (vacante|puesto|posicion|plaza)
# Going with someone else, said between people: "al final nos vamos a ir con alguien que
# trae más background", "nos fuimos con otra persona".
3 | (vamos a ir|nos fuimos|decidimos irnos|nos vamos a quedar|nos quedamos|se van a ir|se fueron|se van a quedar|se quedaron|van a ir) con (alguien|otra persona|otro candidato|otra candidata|otro perfil|un perfil|una persona|un candidato|una candidata)
# The post gone for good: "la propiedad decidió no cubrir la plaza", "la posición ... no se
# va a cubrir", "el proceso se cierra aquí para todos los candidatos".
3 | (decidio|decidimos|ha decidido|hemos decidido|han decidido|decidieron|decidido) no (cubrir|ocupar|abrir) (la|el|esta|este) (plaza|posicion|puesto|vacante)
3 | (plaza|posicion|puesto|vacante) ~8 no se (va a cubrir|cubrira|va a ocupar|ocupara|van a cubrir)
3 | (proceso|seleccion) ~3 (se cierra|se cerro|queda cerrado|se da por cerrado) ~3 para todos los (candidatos|postulantes|participantes)
# The process not taken up again: "no vamos a retomar el proceso externo".
3 | no (vamos a|van a|va a|podemos|podremos) (retomar|reanudar|reabrir) el proceso
# Going on with the others: "han preferido seguir con los dos candidatos que ya habían visto",
# "no van a contar contigo para el puesto".
3 | (preferido|prefieren|prefirieron|preferimos|decidido|optado por|optaron por) (seguir|continuar|avanzar) [adelante] con (los|las|el otro|la otra|otro|otra|otros|otras) ~3 (candidat*|perfil*|persona*|finalista*)
# The end said plainly: "así que el proceso termina aquí para ti".
3 | (el proceso|tu proceso|su proceso|la candidatura|tu candidatura|su candidatura) (termina|acaba|finaliza|se cierra) aqui para (ti|usted)
3 | no (van a|vamos a|va a|podemos|pueden|podran|podremos) contar (contigo|con usted|con tu perfil|con su perfil)
"""

_RECEIVED = """
3 | (we|we've|we have|i have|i've) ~2 (received|got|receive) your (application|cv|resume|candidacy)
3 | your application ~4 (has been|was|is|have been) [successfully](received|submitted|sent|delivered|registered)
# ... and of the CV, received or registered (not "sent": a board sends a CV on to employers).
3 | your (cv|resume|curriculum|candidacy) ~3 (has been|was|have been) [successfully] (received|registered)
# An agency's news that it put the reader forward: "you're officially submitted to X".
3 | (you're|you are|you've been|you have been) [officially|now|formally|just] submitted (to|for)
2 | (thank*|thx) ~2 for (applying|submitting your application|your recent application)
1.5 | (thank*) ~2 for (your application|your interest in (joining|working)|your interest)
2 | (thank*) ~2 for (sending|submitting|sharing|forwarding) ~3 (cv|resume|application|portfolio)
3 | (cannot|can't|can not|unable to|not able to|don't|do not|won't|will not|not possible to) ~4 (reply|respond|answer|get back) ~2 [to](every|each|all|individual*|personally)
3 | only ~3 (shortlisted|selected|successful|suitable) (candidate*|applicant*|application*) ~4 (contacted|hear|notified|receive)
2 | (our|the) (team|recruiter*|hiring team|talent team|recruiting team|hiring manager) will ~3 (review|reviewing|consider|evaluate|assess|look)
2 | (we|we'll|we will) ~3 (review|reviewing|carefully review|consider|evaluate|assess) ~2 (your|all) (application|profile|background|qualifications|experience|resume|cv)
1 | (will|we'll) ~3 (be in touch|get back to you|contact you|reach out|let you know)
1.5 | (application|candidacy) (received|confirmation|submitted|acknowledg*)
1.5 | (under|in) review
2.5 | (you|you've|you have) ~2 (successfully|just) ~2 applied (to|for)
2.5 | (we|we've|we have) ~2 (received|got) your job (submission|application)
2.5 | your (application|cv|resume|candidacy|documents) ~3 (reached|arrived with|landed with|made it to) us
2.5 | confirm* ~3 (registration|enrolment|enrollment) ~4 (selection|competition|recruitment campaign|recruitment process)
# Registered with an agency: "this confirms you're now registered with Brightpath Talent".
3 | (you're|you are|you've been|you have been) [now|officially|fully] registered with
3 | (confirm*|completed) ~2 (your|you're|you are) [now] (registration|registered) with
3 | (added|registered) you ~2 (on|to|in) our (database|system|books|talent pool|candidate pool)
# An agency's books: "I've now set you up as a candidate", "so you're officially registered".
3 | set you up as a [new] candidate
# ... done: "your candidate registration is complete", "your CV is now visible to our Arts &
# Heritage consultants" (a job board's profile is visible to employers).
3 | candidate registration (is|has been|was) [now] (complete|completed|confirmed|successful|done)
3 | (cv|profile|resume) (is|are) now (visible|available) to our ~4 (consultants|recruiters|recruitment team)
3 | (you're|you are|you've been|you have been) (now|officially|fully) registered
# --- de
# Swiss German: a "Dossier" is the application.
3 | (bewerbung|unterlagen|bewerbungsunterlagen|dossier|bewerbungsdossier) ~4 (erhalten|eingegangen|empfangen|angekommen)
# ... said plainly: "Ihren Lebenslauf und das Anschreiben haben wir bekommen".
3 | (lebenslauf|anschreiben|unterlagen|bewerbung|cv) ~5 (haben wir|habe ich|hab ich) ~2 (bekommen|erhalten)
2.5 | (bewerbung|unterlagen|bewerbungsunterlagen) ~4 [erfolgreich](versendet|versandt|ubermittelt|abgeschickt|eingereicht)
3 | eingang (ihrer|deiner|ihres|deines) ~2 (bewerbung|unterlagen|bewerbungsunterlagen|bewerbungsschreibens|lebenslaufs)
3 | eingangsbestatigung
3 | bewerbungseingang*
2.5 | (bewerbung|unterlagen|bewerbungsunterlagen) ~2 (liegen|liegt|lagen) ~3 vor
1.5 | (danke|vielen dank|herzlichen dank|wir bedanken uns) ~3 (bewerbung|initiativbewerbung|interesse)
2 | (bewerbung|initiativbewerbung|unterlagen) ~6 (weitergeleitet|weitergegeben) [habe|haben]
2 | (leite|leiten|gebe|geben) ~2 (ihre|deine|die|eure) (unterlagen|bewerbung|bewerbungsunterlagen) ~5 weiter
2 | (danke|vielen dank|merci) ~3 (ist|sind) [gut|gerade|heil] angekommen
3 | (lebenslauf|unterlagen|bewerbung|bewerbungsunterlagen|cv) (ist|sind) [gut|gerade|heil|jetzt] angekommen
3 | nicht (jedem|jeder|allen|jede) ~4 (antworten|ruckmeldung|beantworten|individuell|personlich)
2 | (werden|wird) ~4 (prufen|sichten|ansehen|bearbeiten|durchsehen|begutachten)
1 | (melden uns|bei ihnen melden|bei dir melden|in kontakt treten)
2.5 | (danke|dank|bedanken) ~4 (zusendung|ubersendung|zustellung) ~3 (bewerbung|unterlagen|lebenslauf|dossier|bewerbungsdossier)
2.5 | (sie haben sich|du hast dich) ~4 (beworben|erfolgreich beworben)
2.5 | (bestatigen|bestatigung) ~4 (anmeldung|registrierung) ~4 (auswahlverfahren|bewerbungsverfahren|stellenausschreibung)
# ... with an agency: "Hiermit bestätige ich Ihre Registrierung bei Hauptstadt Talente".
3 | (bestatige|bestatigen|bestatigt) ~3 (ihre|deine) (registrierung|anmeldung) bei
3 | (vielen dank|danke|herzlichen dank) fur (ihre|deine) registrierung (bei|in|im)
3 | (sind|bist) [jetzt|nun|ab sofort] bei uns (registriert|angemeldet)
3 | in unsere* (bewerberpool|kandidatenpool|talentpool|datenbank) aufgenommen
# ... as a noun, or the profile taken in: "die Aufnahme in unseren Bewerberpool", "dass Ihr
# Profil bei uns aufgenommen ist".
3 | aufnahme in (unseren|unsere|unser) (bewerberpool|kandidatenpool|talentpool|datenbank|kartei)
3 | (profil|lebenslauf|unterlagen) ~3 bei uns (aufgenommen|registriert|hinterlegt|angelegt)
3 | (in|im) (unserer|unserem|unseren) (bewerberdatenbank|datenbank|bewerberpool|kandidatenpool|talentpool|kandidatendatenbank) (hinterlegt|gespeichert|aufgenommen|registriert|angelegt)
# ... live there: "Ihr Profil ist jetzt in unserem Bewerberpool aktiv", "Ihre Registrierung in
# unserem Kandidatenpool".
3 | (profil|lebenslauf|unterlagen) (ist|sind) [jetzt|nun|ab sofort|ab heute] (in|im) (unserer|unserem) (bewerberdatenbank|datenbank|bewerberpool|kandidatenpool|talentpool|kandidatendatenbank) (aktiv|sichtbar|freigeschaltet|hinterlegt|gespeichert)
3 | registrierung (in|im) (unserem|unserer) (bewerberpool|kandidatenpool|talentpool|bewerberdatenbank|kandidatendatenbank)
3 | (sie sich|du dich) ~2 bei uns (registriert|angemeldet)
3 | registrierung ~4 (ist|wurde) [erfolgreich] (abgeschlossen|bestatigt|erfolgreich)
# An agency's promise to call when a post fits: "Sobald ich ein passendes Angebot habe, melde
# ich mich".
2 | sobald ~4 (passende*|geeignete*) ~3 (stelle|angebot|position|vakanz|job|projekt|einsatz) ~4 (melde ich mich|melden wir uns|rufe ich|kontaktiere ich|kontaktieren wir)
# --- fr
3 | (avons|a) ~2 (recu|reception) ~2 (votre|ta) (candidature|cv|dossier)
3 | (accusons|confirmons|confirmation de) ~2 (reception|bonne reception)
2.5 | (candidature|cv|dossier) ~3 (a bien ete|a ete|est bien) (envoye*|transmis*|recu*|enregistre*)
1.5 | merci ~3 (candidature|interet)
2 | (etudier|examiner|etudierons|examinerons|etudiee|examinee|analyser|analyserons) ~4 (candidature|profil|dossier|cv)
3 | (ne|pas) ~4 (repondre|revenir) ~4 (chaque|tous|toutes|individuellement|personnellement)
1 | (reviendrons|recontacterons|reviendra|recontactera) vers (vous|toi)
2.5 | (merci|remercie*|remercions) ~3 (l'envoi|envoi) ~3 (candidature|cv|dossier)
2.5 | (vous avez|tu as) ~2 postule
2.5 | (prends|prenons|prendrai|prendrons|prendre) connaissance de (votre|ta) (dossier|candidature|cv|profil)
# A public selection's registration: "nous vous confirmons votre inscription à la sélection".
2.5 | (confirmons|confirme|confirmation) ~3 inscription ~4 (selection*|concours|recrutement|procedure|campagne)
# ... with a temp agency: "votre inscription chez X est confirmée", "enregistrés dans notre vivier".
3 | (votre|ton) inscription [en ligne] (chez|aupres de) ~5 (est|a ete|a bien ete) (confirmee|validee|enregistree)
3 | (bien ete|ete) (enregistre|enregistres|enregistree|enregistrees|ajoute|ajoutes) dans notre (vivier|base|fichier)
# The agency's file opened: "la création de votre dossier candidat chez TempoPlus Intérim".
3 | (votre|ton) dossier [de] (candidat|candidate|interimaire) (est|a ete) [desormais|maintenant|bien] (actif|cree|ouvert|valide|enregistre)
2.5 | merci pour (votre|ton) inscription (chez|aupres de)
3 | (creation|ouverture) de (votre|ton) (dossier|compte|espace) (candidat|interimaire|interimaires)
# ... done: "votre inscription est finalisée : vous pouvez désormais recevoir nos propositions
# de missions"; the agency's promise: "je vous recontacte dès qu'un poste correspond".
3 | (votre|ton) inscription (est|a ete|a bien ete) [bien|desormais] (finalisee|confirmee|validee|enregistree|complete|terminee)
3 | (confirme|confirmons) (votre|ton) inscription (dans|a|au|aupres|chez)
3 | inscription dans (notre|nos) (fichier|vivier|base|fichiers) ~2 (candidat*|interimaire*)
# "votre dossier est maintenant inscrit dans notre banque de candidats".
3 | (dossier|cv|profil) (est|a ete) [maintenant|desormais|bien] (inscrit|enregistre|ajoute|integre) dans (notre|nos) (banque|base|vivier|fichier) ~2 (candidat*|cv|talents|interimaire*)
3 | (pouvez|peux) ~2 (desormais|maintenant|des a present) recevoir nos (propositions|offres) ~2 (missions|postes|emploi|d'emploi)
2 | (recontacte|recontacterai|rappelle|rappellerai|contacterai|reviens vers (vous|toi)|reviendrai vers (vous|toi)) ~2 (des qu'un|des qu'une|lorsqu'un|lorsqu'une|quand un|quand une) ~2 (poste|mission|offre|opportunite) ~3 (correspond*|colle|se presente*|adapte*)
# --- es
3 | (hemos|he) (recibido|recibimos) ~2 (tu|su) ~2 (candidatura|solicitud|postulacion|cv|aplicacion)
# "Te confirmo que me ha llegado tu CV", "nos ha llegado su candidatura".
3 | (me|nos) (ha|han) llegado (tu|su) ~2 (candidatura|solicitud|postulacion|cv|curriculum|aplicacion)
3 | (candidatura|solicitud|postulacion) ~10 (ha sido|fue|se ha) (recibid*|registrad*|enviad*)
3 | (tu|su) (candidatura|solicitud|postulacion) ~4 (se envio|se ha enviado|se envio correctamente|se envio con exito)
2.5 | (le|te) confirmamos ~3 (candidatura|solicitud|postulacion)
1.5 | gracias por ~2 (candidatura|solicitud|postulacion|interes|postularte|aplicar)
2 | (revisaremos|revisara|evaluaremos|analizaremos|estudiaremos|revisando) ~3 (tu|su) ~2 (candidatura|solicitud|perfil|cv)
3 | no (podemos|podremos|es posible) ~3 (responder|contestar) ~3 (todas|cada|todos|individualmente|personalmente)
2.5 | gracias por ~2 (envio|enviarnos|mandarnos) ~3 (cv|candidatura|solicitud|curriculum)
2.5 | (inscripcion|te has inscrito|se ha inscrito|te inscribiste) ~6 (oferta|vacante|puesto|proceso|convocatoria|concurso)
3 | (acusamos|acuso) recibo
3 | (hoja de vida|curriculum|cv) ~2 (fue|ha sido) (enviad*|recibid*|registrad*)
# A public call's registration: "Acuse de registro", "su registro a la convocatoria ... ha
# quedado concluido con el folio".
3 | acuse de (registro|recibo|inscripcion)
# ... an e-registry's receipt: "Este justificante acredita la presentación de su solicitud".
3 | (acredita|acreditan|acreditar) la presentacion de (su|tu) (solicitud|instancia|candidatura)
# ... with a temp agency: "ya estás dada de alta en nuestra bolsa de candidatos".
3 | (estas|esta|quedas|queda) [ya] (dado|dada) de alta en ~3 (bolsa|base de datos|base de candidatos|agencia|ett|banco de talento|cartera)
# The agency's promise: "en cuanto tenga una oferta que encaje, te llamo".
2 | (en cuanto|cuando|apenas|tan pronto como) (tenga|tengamos|haya|salga|surja) ~6 (te llamo|te llamare|te aviso|te avisare|te contacto|te contactare|te escribo|me pongo en contacto|me comunico)
3 | (te|le) (hemos|he) (dado de alta|inscrito|incluido) en nuestra (bolsa|base de datos)
# ... or the registration done: "tu alta como candidato en Adelanta ETT se ha completado".
3 | (tu|su) alta (como candidat*|en) ~7 (se ha completado|se ha realizado|esta completa|esta completada|se completo|ya esta hecha|ha quedado registrada)
3 | (su|tu) (registro|inscripcion) ~12 (ha quedado|quedo|fue|ha sido) (concluido|completado|registrado|realizado|exitoso|confirmado)
# ... the candidate filed in the base: "ya quedaste registrado en la base de candidatos", "ya
# ingresé tu CV a nuestra base".
3 | (quedaste|quedo|quedas|has quedado|ha quedado) (registrado|registrada|inscrito|inscrita|inscripto|inscripta|ingresado|ingresada) en (la|nuestra) (base|bolsa|cartera)
3 | (ingrese|ingresamos|cargue|cargamos|subi|subimos|registre|registramos|guarde|guardamos) (tu|su) (cv|curriculum|hoja de vida|perfil) ~6 (base|sistema|bolsa|cartera)
# A CV passed on to the boss: "Recibido, lo paso a gerencia esta semana".
2.5 | (lo|la|te) (paso|pasare|pasamos|reenvio|reenviare|derivo) a (gerencia|la gerencia|rrhh|recursos humanos|mi jefe|mi jefa|el jefe|la jefa|direccion|la direccion)
"""

_INVITATION = """
3 | invit* ~2 (to|for) ~4 (interview*|call|conversation|chat|meeting|video call|phone screen|screening|onsite|on-site|assessment)
3 | (like|love|happy|pleased|keen|excited|glad|delighted) to (invite you|schedule|set up|arrange|book|organize|organise) ~4 (interview*|call|chat|conversation|screen|meeting|onsite)
3 | (please|kindly) ~3 (share|send|let me know|let us know|provide|confirm|reply with) ~2 [your](availability|available times|a few times|some times|times that work|times)
# A scheduling tool's booking page, or an interview recorded on one's own time.
2.5 | (calendly|savvycal|youcanbook|zcal|doodle|goodtime|bookwithme)
2.5 | (complete|record|take|start) ~4 (video interview*|recorded interview*|one-way interview*|asynchronous interview*|hirevue)
2.5 | (pick|select|choose|book|reserve|schedule) ~2 (a|your|an) ~2 (time|slot|time slot|timeslot|interview slot)
2.5 | (interview|call|screen|meeting|onsite) [is|has been](scheduled|confirmed|booked|set) (for|on)
2 | (next|first|second|third|final|technical|onsite|on-site) (step|round|stage) ~6 (interview*|call|conversation|assessment|meet)
2.5 | (progress|advance|move|moving|invite) [you](to|into) the (next|final|following|second|third|last) (stage|round|step)
2.5 | (you've|you have|you) (moved|progressed|advanced|made it|gone through|passed) (to|into|through to|on to) the (next|second|third|final|last) (stage|round|step)
2 | (schedule|arrange|set up) (a|an|your|the) ~3 (interview*|call|phone screen|video call|chat|conversation)
2 | (when|what time*) (are|would) you [be]available
# A time put to the reader: "a two-hour session on Friday. Does that work?"
1.5 | (does|would|will|could) (that|this|it|mon*|tue*|wed*|thu*|fri*|the time|either) work [for you]
# You, not "candidates selected for interview" (whom an acknowledgement says it will contact).
3 | (you|you've|you have|you were|you are|you're) ~2 (shortlisted|selected|chosen) (for|to attend) [an|a|the](interview*|assessment*|final round|next round)
2 | (interview*|assessment*) will (take place|be held)
3 | your ~2 interview ~10 (has been|is now|was) (scheduled|confirmed|booked)
2.5 | interview (scheduled|confirmed|booked)
3 | (profile|application|cv|candidacy) ~2 (has been|was|is|have been) shortlisted (for|to)
# Good news about the application, the usual opening of an invitation.
1.5 | (loved|liked|enjoyed|impressed by|really liked) your (application|cv|resume|profile|portfolio)
# A trial asked for: "Can you come for a trial day this Saturday?", "could you do a trial shift".
2.5 | (can you|could you|would you|are you able to|you able to|fancy|want to) ~3 (trial day|trial shift|work trial|day's trial|paid trial)
# "Any chance you're free Tuesday?": a meeting asked for in a few words.
3 | (any chance|by any chance) ~2 (you're|you are|you'd be|you would be|you) ~2 (free|available|around)
2.5 | (have|got|spare|find) ~3 minutes ~4 (call|chat|conversation)
2.5 | (do you have|have you got|would you have|you'd have|got) ~4 time ~4 for (a|an) ~2 (call|chat|conversation|interview|phone call|video call)
# A day settled in reply to the candidate: "let's lock in Thursday at 10"
2.5 | (let's|lets) (lock in|pencil in|book in|confirm|go with|say|do) ~2 (monday|tuesday|wednesday|thursday|friday|tomorrow)
# The interview confirmed to the candidate: "Te confirmo la entrevista final el jueves a las 12:30".
2.5 | (i can confirm|we can confirm|i'm confirming|we're confirming|just confirming|confirming) ~2 (your|the) ~3 (interview|onsite|panel|final round) ~6 (on|for|at|tomorrow|monday|tuesday|wednesday|thursday|friday)
3 | (like|love|want|keen|happy) to (do|have|hold|arrange|set up) (a|an) ~4 (interview*|call|chat|conversation|screen|video call|phone screen)
3 | (like|love|happy|pleased|keen|glad|delighted|want) to (meet|see|speak with|speak to|talk with|talk to) [with]you ~3 (for|in|at) ~3 (interview*|call|chat|conversation|onsite|on-site|screen*|round)
# "Can you come in Thursday at 10.30?": a manager's invitation in a line.
2.5 | (can|could|would) you (come in|come by|pop in|pop by|drop by|drop in|come over) ~3 (on|at|this|next|tomorrow|mon*|tue*|wed*|thu*|fri*|for (a|an|half))
# A call, said as people say it: "can I give you a bell on Wednesday morning?", "could I call
# you on Thursday at 2pm?".
2.5 | give you a (bell|buzz|ring|call) (on|tomorrow|this|next|at|later|monday|tuesday|wednesday|thursday|friday)
2.5 | (could|can|may|shall) i (call|ring|phone) you (on|tomorrow|this|next|at|later|monday|tuesday|wednesday|thursday|friday)
# ... or fixed in plain words: "we'll do the call on Monday at 1:15".
2.5 | (we'll|we will|let's|let us) (do|have) (the|our) (call|interview|chat|video call|phone call) ~2 (on|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)
# --- de
2.5 | (kannst du|konnen sie|konnten sie|konntest du|magst du) ~8 (vorbeikommen|vorbeischauen|reinkommen|zu uns kommen)
3 | (einlad*|einzulad*|laden sie|laden dich|laden wir sie|laden wir dich|laden wir euch|ladt sie|ladt dich|ladt euch) ~6 (vorstellungsgesprach|gesprach|interview|kennenlern*|telefonat|video*|termin|erstgesprach|zweitgesprach|bewerbungsgesprach|vorgesprach|fachgesprach|auswahlgesprach|telefoninterview|videointerview|hospitation|probetag|probearbeit*|schnuppertag|auswahltag|assessment*)
3 | (vorstellungsgesprach|kennenlerngesprach|gesprach|interview|telefonat|erstgesprach|zweitgesprach|bewerbungsgesprach|vorgesprach|fachgesprach|auswahlgesprach|telefoninterview|videointerview) ~6 (einladen|einzuladen|vereinbaren|terminieren|durchfuhren|fuhren)
2.5 | (terminvorschlag*|termin vorschlagen|termin auswahlen|termin buchen|passenden termin|verfugbarkeit|zeitfenster)
# A day offered as a question: "passt Ihnen Donnerstag 14 Uhr bei uns im Büro?".
2.5 | (passt|passt es|ginge es|geht es|ginge|geht) (ihnen|dir|euch) ~2 (montag|dienstag|mittwoch|donnerstag|freitag|morgen)
2.5 | (buchen|buche|wahlen|wahle) ~4 (termin|zeitfenster|slot) ~3 (fur|zum|zu)
2.5 | (einen|einem) der (angebotenen|vorgeschlagenen|verfugbaren|folgenden|freien) (termine|zeitfenster|slots)
2 | terminvereinbarung
# A booking tool's notice: "wurde folgender Interviewtermin für Sie geplant".
3 | folgender (interviewtermin|gesprachstermin|vorstellungstermin|termin) ~3 (geplant|eingeplant|vereinbart|reserviert)
2.5 | (ein|ein erstes|erstes|ein kurzes|kurzes|ein personliches|personliches) (kennenlernen|kennenlerngesprach|kennenlern-gesprach)
# ... or a first call: "einen Termin für ein erstes Telefonat".
2 | (ein erstes|erstes|einem ersten|ein kurzes|einem kurzen|ein personliches|einem personlichen) (telefonat|gesprach|telefongesprach|telefoninterview|videocall|videogesprach)
2 | (personlich|naher|besser) kennen ~2 lernen
2 | (personlich|naher|besser) kennenlernen
3 | (mochte|mochten|wurde|wurden|will|wollen) (dich|sie|euch) ~3 (kennenlernen|kennen lernen)
# A trial day asked for: "Magst du am Dienstag zum Probearbeiten kommen?".
2.5 | (magst du|mochtest du|mochten sie|konntest du|konnten sie|willst du|kannst du|konnen sie) ~8 (probearbeit*|probetag|probeschicht|hospitation|hospitieren|schnuppertag|reinzuschnuppern)
3 | (hast du|haben sie|hattest du|hatten sie) ~3 lust ~14 (quatschen|sprechen|telefonieren|kennenzulernen|kennenlernen|austauschen|call|gesprach|kaffee|treffen|telefonat|videocall|hospitation*|hospitieren|probearbeit*|probetag|mitzulaufen|mitlaufen|reinzuschnuppern|reinschnuppern)
# Time asked for a call: "haben Sie Mo oder Di kurz Zeit für ein Telefonat?", "20 Minuten"
2.5 | (hast du|haben sie|hattest du|hatten sie) ~6 (zeit|minuten) (fur|zu) (ein|einen|eine) ~2 (telefonat|gesprach|call|austausch|anruf|videocall|kennenlernen|treffen)
# A day settled in reply to the candidate: "dann fixieren wir Montag 9 Uhr"
2.5 | (dann|also|gut) (fixieren|machen|sagen|nehmen|halten|vereinbaren) wir ~3 (montag|dienstag|mittwoch|donnerstag|freitag|morgen)
3 | (bestatige|bestatigen) ~3 (ihnen|dir|euch) ~4 (termin|gesprach|vorstellungsgesprach|interview|gesprachstermin|interviewtermin|kennenlernen)
# --- fr
2.5 | (pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|pouvez vous|pourriez vous) (passer|venir) ~3 (nous voir|au bureau|dans nos locaux|a l'agence|lundi|mardi|mercredi|jeudi|vendredi|demain)
2.5 | (on|nous) (fixe|fixons|dit|disons|retient|retenons|cale|calons|garde|gardons) ~2 (lundi|mardi|mercredi|jeudi|vendredi|demain)
3 | (je vous|je te|nous vous|nous te) (confirme|confirmons) ~3 (entretien|rendez-vous|rencontre|entrevue|epreuve orale)
3 | (inviter|invitation|convier|convocation|conviez|convions|convoquer|convoquons) ~4 (entretien|echange|entrevue|rencontre|epreuve orale|epreuve de selection|oral de selection)
3 | (organiser|planifier|fixer|programmer|convenir|caler) ~4 (entretien|echange|appel|rendez-vous|visio|entrevue)
2.5 | (vos|tes) disponibilites
3 | (serais|seriez|es|etes|serait) ~2 (dispo|dispos|disponible|disponibles) ~6 pour (un|une) ~3 (call|appel|echange|entretien|visio|cafe|rencontre|point)
2.5 | (choisi*|reserv*|selectionn*) ~2 (un|une|le|la|votre) ~2 (creneau|horaire|date)
3 | (poursuivre|continuer|avancer) ~4 par (un|une) ~2 (entretien*|echange|appel|visio*)
3 | (proposons|proposer|propose|proposerions) ~3 (un|une) ~2 (entretien*|entrevue|rencontre|rendez-vous|echange|visio*)
2 | (souhaiterions|aimerions|voudrions|ravis de|heureux de|souhaitons) ~3 (rencontrer|faire votre connaissance|faire ta connaissance|echanger avec vous)
# A client or a manager who wants to see the reader on a day, or for the post: "le client veut te
# voir demain 9h pour le poste".
2.5 | (veut|voudrait|veulent|voudraient|souhaite|souhaitent|aimerait|aimeraient) (te|vous) (voir|rencontrer) ~6 (demain|lundi|mardi|mercredi|jeudi|vendredi|cette semaine|la semaine prochaine|pour le poste|pour un entretien|en entretien)
2.5 | (auriez-vous|avez-vous|aurais-tu|as-tu|auriez vous|avez vous|aurais tu|as tu) ~4 (un moment|du temps|un creneau|quelques minutes|un peu de temps) ~4 pour (un|une) ~2 (appel|echange|entretien|call|visio|point)
# A meeting asked casually: "ça te dit qu'on se voie jeudi pour en parler autour d'un café ?".
2.5 | (ca te dit|ca vous dit|ca te dirait|ca vous dirait) ~3 (qu'on se voie|qu'on se voit|de se voir|de passer|qu'on en parle|d'en parler|de nous rencontrer|un cafe|un appel)
# --- es
# A call fixed in plain words: "Hacemos la llamada el lunes 23 a las 13:15".
2.5 | (hacemos|haremos|hagamos|tenemos|tendremos) (la|una) (llamada|entrevista|videollamada|charla|reunion) ~2 (el|este|esta|manana|pasado manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)
2.5 | (puedes|podrias|podria|puede|podes) (pasarte|pasarse|venir) ~3 (por la oficina|por aqui|a la oficina|a vernos|el lunes|el martes|el miercoles|el jueves|el viernes|manana)
2.5 | (te viene bien|le viene bien|te va bien|le va bien|te cuadra) (pasarte|pasarse|venir|acercarte|acercarse) ~3 (por la oficina|por aqui|a la oficina|a vernos|el lunes|el martes|el miercoles|el jueves|el viernes|manana)
3 | (invitarte|invitarle|invitamos|invitacion|invitar) ~4 (entrevista|reunion|llamada|conversacion|videollamada|videoentrevista)
3 | (agendar|programar|coordinar|concertar|organizar|fijar|tener|mantener|realizar|hacerte|hacerle) ~3 (entrevista|llamada|reunion|videollamada|videoentrevista)
3 | (te|le|les|os) (propongo|proponemos|propondria|propondriamos) [una|un] (entrevista|reunion|llamada|videollamada|videoentrevista|charla)
2.5 | (tu|su) disponibilidad
2.5 | (elige|elija|selecciona|seleccione|reserva|reserve) ~2 (un|una|el|la|tu|su) ~2 (horario|hueco|franja|hora)
2 | (conocerte|conocerle) ~2 (mejor|en persona)
2 | (te|le|los) (espero|esperamos|esperaremos) [entonces|pues|con gusto] (el|este|esta|manana|en nuestra|en nuestras|en nuestro|en la oficina)
# A client or a manager who wants to meet: "quiere conocerte ya", "sería entrevista presencial".
2.5 | (quiere|quieren|queremos|quisiera|quisieramos) conocerte
2.5 | (seria|sera|es|tendrias|tendras|tienes) [una] entrevista (presencial|telefonica|online|virtual|por video|por videollamada|por teams|por zoom) ~3 (con|el|la|este|esta|manana|lunes|martes|miercoles|jueves|viernes)
2.5 | (encantaria|gustaria|apetece|apeteceria) ~2 (conocerte|conocerle|hablar contigo|hablar con usted|charlar contigo|platicar contigo|platicar con usted)
2.5 | (tendrias|tienes|tendria|tiene|tendras) ~3 minutos ~3 (llamada|charla|videollamada|conversacion)
2.5 | (tendrias|tienes|tendria|tiene|tendras|tendra) ~3 (un rato|tiempo|un momento|un hueco|unos minutos) ~4 para (una|un) ~2 (llamada|charla|entrevista|videollamada|conversacion|reunion)
2.5 | (pases|pasaras|pase|pasara|pasar|avances|avanzaras|avanzar|pasaste|paso|pasas|pasado|avanzaste|avanzo|avanzado) a la (siguiente|proxima|segunda|tercera|ultima) (fase|ronda|etapa|instancia)
3 | (se le cita|se te cita|le citamos|te citamos|citarle|citarte|citacion|citado|citada) ~4 (entrevista*|prueba*|reunion)
2.5 | (quedamos|fijamos|lo dejamos|dejamos|cerramos) ~2 (el lunes|el martes|el miercoles|el jueves|el viernes|manana)
3 | (te|le|os|les) (confirmo|confirmamos) ~3 (entrevista|reunion|prueba|dinamica|cita|llamada|videollamada)
# A time to meet, asked plainly: "quieren verte el jueves a las 17:00", "¿estás libre el
# jueves para charlar un rato?", "¿te animas a una jornada de prueba el sábado?".
2.5 | (quiere|quieren|queremos|quisiera|quisieramos|quieres) verte ~4 (el lunes|el martes|el miercoles|el jueves|el viernes|el sabado|manana|esta semana|la semana que viene|a las)
2.5 | (estas|esta usted|estarias|estaria|estais) (libre|disponible) ~9 para (charlar|hablar|platicar|conversar|tomar un cafe|tomar algo|una llamada|una videollamada|una charla|vernos|conocernos|que (charlemos|hablemos|platiquemos|conversemos|nos veamos|nos conozcamos|tomemos))
2.5 | (te animas|te gustaria|podrias|puedes|quieres|te propongo|te proponemos|te invitamos) ~4 (jornada|dia|turno|periodo|noche|semana) de prueba
# Called to an interview: "le convocamos a una entrevista personal el miércoles".
3 | (le|te|les|os) (convocamos|convoco|convocaremos) a (una|un|la|el) (entrevista|reunion|prueba|dinamica|sesion|jornada)
"""

_RESCHEDULE = """
3 | (need|needs|have|has|had|must|like|want|forced) to (reschedule|move|postpone|push|change|shift|rearrange|cancel|call off|push back|bring forward) ~3 (interview*|call|meeting|conversation|chat|appointment|onsite|screen)
3 | (interview*|call|meeting|onsite|screen|conversation) ~3 (has been|was|is|will be|needs to be|must be|have been|had to be|stands|stand) (rescheduled|moved|postponed|cancelled|canceled|changed|pushed|shifted|called off|delayed|updated|modified|amended)
3 | (reschedule|rescheduling|cancel|cancelling|canceling|postpone|postponing|move|moving) (our|your|the|tomorrow's|today's|this week's|next week's) ~2 (interview*|call|meeting|conversation|chat|appointment)
2.5 | (new|updated|revised|alternative|different) (time|date|slot|time slot|day) ~3 (interview*|call|meeting|conversation)
2.5 | (unexpected|unforeseen|last minute|last-minute|scheduling) (conflict|emergency)
2 | (interviewer|hiring manager|panel|colleague) ~6 (unavailable|out sick|not available|conflict|emergency|fell ill|is ill)
# "Could we push it to Monday?", "can we do Thurs same time instead?": a slot moved in a few words.
3 | (push|move|shift|bump|switch) (it|this|that|things|us|you) ~2 (to|until) ~3 (monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|next week|tomorrow|later)
2.5 | (same time|same slot) ~2 instead
# A call that did not happen, tried again: "Let's try again: I'll call you on Friday at 2pm".
2 | (let's|let us|we'll|we can|shall we|happy to) (try again|give it another go|have another go|try once more)
2 | (got|been|was|were|has been|have been) (pulled|called|dragged) into
# A day agreed that no longer works: "Wednesday doesn't work after all", "Mittwoch geht doch nicht".
2.5 | (monday|tuesday|wednesday|thursday|friday|tomorrow|today) (doesn't|does not|won't|will not) work (after all|anymore|any more)
1.5 | (apologi*|sorry) for (the|any) ~2 (inconvenience|short notice|change)
3 | (need|needs|have|has|had|must|want|going|forced) to (reschedule|move|postpone|push|shift|rearrange|cancel|bump|push back) (our|the|your|my|tomorrow's|today's|this|this week's|next week's) ~2 (monday|tuesday|wednesday|thursday|friday|tomorrow|today|time|slot|session|appointment)
# A notice that changes how a meeting happens (by video now, in another building) says
# what stays: "the time is unchanged", "l'horaire reste inchangé", "la fecha y la hora no
# cambian", "die Uhrzeit bleibt unverändert".
3 | (time|times|timing|slot) ~6 (unchanged|stay the same|stays the same|remain the same|remains the same|doesn't change|does not change|don't change|do not change)
# --- de
3 | (vorstellungsgesprach|gesprach|interview|termin|telefonat|kennenlernen|schnuppertag|probetag|probearbeit*|hospitation|assessment*|auswahltag*) ~4 (verschieben|schieben|geschoben|verlegen|absagen|verschoben|verlegt|abgesagt|ausfallen|fallt aus|storniert)
3 | (verschieben|verlegen|absagen|verschiebung|absage|verlegung) ~3 (des|unseres|ihres|unser|ihr|den|das) ~2 (gesprach*|interview*|termin*|vorstellungsgesprach*)
2.5 | (neuer|neuen|neues|anderen|alternativen) (termin|terminvorschlag|zeitpunkt|datum)
3 | (termin|gesprach|interview|telefonat) ~8 nicht wahrnehmen
2.5 | (schlagt|schlagen|schlage) ~3 stattdessen
3 | (uhrzeit|zeitpunkt) ~6 (unverandert|bleibt gleich|bleiben gleich|andert sich nicht)
3 | die (uhrzeit|zeit) bleibt
3 | (gesprach|interview|termin|vorstellungsgesprach) ~4 (zur gleichen|zur selben|zur selbigen) (zeit|uhrzeit)
2.5 | (montag|dienstag|mittwoch|donnerstag|freitag|morgen|heute) (geht|klappt|passt) (doch|leider doch) nicht
# ... said plainly: "Donnerstag wird nix", "morgen wird leider nichts".
2.5 | (montag|dienstag|mittwoch|donnerstag|freitag|morgen|heute) wird [leider|doch|wohl] (nix|nichts)
# Said in passing: "Kein Drama, verschieben wir auf Montag, 26. Januar".
2.5 | (verschieben|schieben|verlegen) wir [es|das|ihn] auf (montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|ubermorgen|nachste|nachsten|kommende|kommenden|den)
3 | (gesprach|termin|interview|telefonat|call|meeting|kennenlernen) ~8 (schieben|verschieben|verlegen)
# The passive puts the new date in between: "das Telefoninterview wird auf Montag, 17.08.,
# 16:00 Uhr verschoben".
3 | (vorstellungsgesprach|gesprach|interview|telefoninterview|videointerview|termin|telefonat) ~6 (wird|wurde|werden|wurden|muss|mussen) ~10 (verschoben|verlegt|abgesagt)
# --- fr
3 | (reporter|decaler|deplacer|annuler|reprogrammer|modifier|repousser) ~4 (entretien|rendez-vous|echange|appel|reunion|entrevue|rencontre|visio|call)
3 | (entretien|rendez-vous|echange|appel|entrevue|rencontre|visio|call) ~4 (reporte*|decale*|deplace*|annule*|reprogramme*|modifie*|repousse*)
2.5 | (nouvelle|autre) (date|heure|horaire) ~3 (entretien|echange|rendez-vous)
3 | (horaire|heure|creneau) ~6 (inchange|inchangee|inchanges|inchangees|ne change pas|reste le meme|restent les memes)
3 | (garder|gardons|conserver|conservons) (l'horaire|l'heure|le creneau|la meme heure|le meme horaire)
3 | (maintenir|maintenons) (l'entretien|le rendez-vous|notre entretien|notre rendez-vous|l'echange) ~5 mais
# The new time against the old: "mardi 2 juin à 14 h (et non plus 10 h)".
2.5 | (et non plus|et non pas|au lieu de) ~2 (h|heures|lundi|mardi|mercredi|jeudi|vendredi)
# --- es
3 | (reprogramar|cambiar|mover|posponer|aplazar|cancelar|anular|suspender|reagendar) ~4 (entrevista|llamada|reunion|cita|charla|videollamada)
3 | (entrevista|llamada|reunion|cita) ~4 (reprogramad*|cambiad*|movid*|pospuest*|aplazad*|cancelad*|anulad*|reagendad*)
# ... in the reflexive: "el Assessment Center del 18 de julio se posterga al sábado 25".
3 | (entrevista|assessment*|reunion|llamada|prueba|dinamica|cita|evaluacion|jornada) ~6 se (posterga|pospone|aplaza|reprograma|traslada|mueve|adelanta|atrasa) (al|a la|para el|para la|hasta el|hasta la)
2.5 | (nueva|otra) (fecha|hora|horario) ~3 (entrevista|llamada|reunion)
3 | (hora|horario) ~6 (no cambia|no cambian|se mantiene|se mantienen|sigue igual|siguen igual|sin cambios)
3 | (mantener|mantenemos|conservar|conservamos) (la hora|el horario|la misma hora|el mismo horario)
3 | (mantenemos|mantener|mantengamos) (la entrevista|la reunion|la cita|la llamada) ~4 (misma hora|mismo horario|pero)
# In few words: "anula lo del viernes", "¿movemos lo de mañana?", "buscamos otro rato".
3 | (anula|anular|anulamos|cancela|cancelar|cancelamos|suspende|suspender|suspendemos|aplaza|aplazar|aplazamos|pospon|posponer|posponemos|mover|movemos|cambiar|cambiamos|pasar|pasamos|correr|corremos|reagendar|reagendamos|reprogramar|reprogramamos) (lo|la|el) (del|de) (lunes|martes|miercoles|jueves|viernes|manana|hoy|esta tarde)
3 | (entrevista|llamada|reunion|cita|videollamada|charla|visita) ~3 (queda|quedara|se|la) ~2 (anulad*|cancelad*|suspendid*|aplazad*|pospuest*|reprogramad*|reagendad*)
2.5 | (buscamos|buscaremos|busquemos|vemos|miramos|cuadramos) (otro|otra) (rato|hueco|dia|fecha|hora|momento|horario)
3 | no (podremos|podre|podemos|vamos a poder) (llevar a cabo|realizar|tener|hacer|mantener) (la|nuestra|su|tu) (entrevista|llamada|reunion|cita|videollamada|charla|sesion)
# The earlier invitation void, a new one on its way: "la invitación anterior queda sin efecto".
3 | (invitacion|convocatoria|cita|citacion|convocacion) anterior ~2 (queda|quedara|queda ya) ~2 (sin efecto|anulada|cancelada)
# ... in the other languages: "the previous invite is void", "l'invitation précédente est
# annulée", "die vorherige Einladung ist hinfällig".
3 | (previous|earlier|original|old|first) (invitation|invite|calendar invite|meeting invite) ~3 (is|has been|will be|was) ~2 (void|cancelled|canceled|replaced|superseded|no longer valid)
3 | (invitation|convocation) (precedente|initiale|d'origine) ~3 (est|a ete|sera) ~2 (annulee|caduque|remplacee)
3 | (vorherige|ursprungliche|alte|bisherige|erste) (einladung|terminanfrage|termineinladung) ~3 (ist|wird|wurde) ~3 (hinfallig|ungultig|storniert|ersetzt|gegenstandslos)
"""

_MISSED = """
3.5 | missed you ~3 (at|on|for|in|during|today|yesterday|this|earlier)
# Waited for, and asked where: "Dana was waiting for you at reception at 9, where are you?"
3 | (waiting for you|waited for you|expecting you) ~10 (where are you|where were you|are you on your way|are you still coming)
3.5 | (you|you've|you have) ~2 (did not|didn't|were unable to|weren't able to|could not|couldn't|haven't|have not|was not able to|were not able to) ~2 (join|joined|attend|attended|show|shown|make it|made it|appear|appeared|connect|connected|dial|call in|log in|logged in|be present|turn up|turned up)
3 | no (show|shows)
3 | (were|was) (expecting|waiting for) you
# A recorded interview never sent: "the deadline passed and we did not receive a recording".
3 | (did not|didn't|have not|haven't|never) (receive|received) (a|your) (recording|video|video interview|recorded interview)
3 | (waited|were waiting) ~3 (for you|but|however|minutes)
2.5 | (didn't|did not|haven't|have not) (hear|heard|see|seen) ~2 (from you|you) ~6 (interview*|call|today|scheduled|meeting|yesterday|time)
2.5 | (tried|attempted|trying) (to call|calling|to reach|reaching|to contact|contacting|to ring|ringing|to phone|phoning) you ~4 (interview*|scheduled|at|today|time|agreed|planned|arranged)
2.5 | (was|were) (not|unable) ~2 [able]to (connect|reach you|get hold of you|get through)
3 | you (were not|weren't|was not|wasn't) (in|on|at) the (meeting|call|zoom|teams|room|video call|link|meet)
# A one-way video interview whose deadline passed unanswered: "the invitation expired before
# you completed it"; a reminder says when it "expires", not that it did without you.
3 | (expired|has expired|have expired|lapsed|has lapsed) ~6 (without|before) ~4 (complet*|submit*|record*|finish*|respond*|taking)
3 | (did not|didn't|have not|haven't) (complete|record|submit|finish) (your|the) ~3 (video interview|interview|video assessment|recorded interview) ~10 (deadline|expired|by|before)
2 | (went|goes|going|go) [straight](to|into) (voicemail|voice mail|your voicemail|your mailbox)
3 | (on|in) the (zoom|call|meet|teams|meeting|link|hangout) ~8 (don't|do not|can't|cannot) (see|find) you
3 | (in|on) the (zoom|call|meet|teams|meeting|room|lobby|hangout|video call) ~3 waiting (for|on) you
# In the call since the hour, and asking what went wrong: "we're on the Zoom since 3pm, are
# you having trouble connecting?"
3 | (we're|we are|i'm|i am|we've been|i've been) ~2 (on|in) the (zoom|call|meet|teams|meeting|link|video call) ~4 since
2.5 | (are you|were you|did you) ~3 (having|have|run into|running into) ~2 (trouble|issues|problems|difficulty|difficulties) (connecting|joining|logging in|with the link)
# --- de
3 | (sind|bist|waren|haben) ~3 (nicht|leider nicht) ~3 (erschienen|teilgenommen|eingewahlt|angetroffen|dabei|gekommen|beigetreten|dazugekommen|hinzugekommen|reingekommen|zugeschaltet|eingeloggt|aufgetaucht)
3 | (haben|hatten) ~3 [vergeblich|vergebens](auf sie|auf dich) gewartet
3 | (wartet|warten|wartete|warteten|hat|haben|hatte|hatten) ~4 (auf dich|auf sie) ~10 (wo bist du|wo sind sie|wo steckst du|wo stecken sie|wo warst du|wo waren sie)
# "Leider konnten Sie an Ihrem Videointerview am 19.03. nicht teilnehmen": it is past.
3 | leider (konnten|konntest) (sie|du) ~10 nicht (teilnehmen|dabei sein|erscheinen)
3 | (haben sie|haben dich|hast du|haben wir sie|haben wir dich) ~4 (vermisst|verpasst)
3 | (konnten|konnen) [wir](sie|dich) ~4 nicht erreich*
# "Ich habe Sie zweimal unter +49 ... angerufen, aber leider nur die Mailbox erreicht".
3 | angerufen ~4 (mailbox|anrufbeantworter|nicht erreicht)
3 | (abgelaufen|verstrichen|verfallen) ~8 ohne (dass|das) ~8 (abgeschlossen|absolviert|durchgefuhrt|aufgezeichnet|eingereicht|beendet|bearbeitet|aufgenommen|eingegangen|hochgeladen)
3 | (haben|hast) ~3 (ihr|dein|das) ~2 (videointerview|video-interview|interview) ~6 nicht (abgeschlossen|absolviert|aufgezeichnet|beendet) ~10 (frist|abgelaufen|bis)
3 | (du warst|sie waren|warst du|waren sie) ~2 nicht (da|dabei|online|anwesend)
3 | (warten|warte|wartet) ~3 (seit|schon seit) ~3 (minuten|min|einer viertelstunde|einer halben stunde)
3 | (sind|bin|sitzen|sitze|sitzt|wartet|warten|warte) ~2 seit ~4 (im|in der|in dem) (meet|zoom|teams|call|meeting|videocall|besprechungsraum|konferenzraum|empfang|foyer)
# "Erreiche Sie telefonisch nicht": I (or we) cannot reach you now; not "Erreichen Sie uns nicht".
2.5 | (erreiche|erreichte) (sie|dich) ~3 nicht
2.5 | wir (erreichen|erreichten) (sie|dich) ~3 nicht
2.5 | (hattest du|hatten sie|gab es) ~3 (verbindungsprobleme|technische probleme|probleme mit dem link|probleme mit der verbindung)
# --- fr
3 | (ne vous etes pas|ne t'es pas|n'avez pas pu|n'as pas pu|n'etiez pas|n'avez pas|ne vous avons pas) ~3 (connecte*|presente*|present*|rejoint|joint|venu*|vu|participe)
# "Tu n'es pas passée à l'entretien ?" (not "passé à l'étape suivante": a rejection)
3 | (n'es pas|n'etes pas) ~2 (passe|passee|venu|venue|presente*|connecte*) ~3 (entretien|rendez-vous|rdv|epreuve|visio|appel|rencontre)
3 | (vous|t') ~2 (avons attendu*|attendions|attendu*) ~10 (en vain|sans|mais|minutes)
2.5 | sans (nouvelles|reponse|signe) de (votre|ta) part
3 | (expire|expiree|echu|echue|ecoule|ecoulee|depasse|depassee) ~8 sans (que|avoir) ~6 (complete*|termine*|realise*|enregistre*|soumis|finalise*|repondu)
3 | (n'avez pas|n'as pas) (complete|realise|enregistre|finalise|termine) (votre|ton|l') ~2 (entretien|entretien video|video) ~10 (delai|date limite|expire*|avant)
# Waiting "since" is waiting now, in vain ("on t'attend sur le Meet depuis 10 min"); "on vous
# attend lundi" is an invitation's welcome.
3 | (on t'attend|on vous attend|nous vous attendons|nous t'attendons|je t'attends|je vous attends) ~8 depuis
3 | (absence|absent*) ~3 (entretien|rendez-vous|echange|appel|mise en situation|visio|entrevue|epreuve)
3 | (on est|nous sommes|je suis|on etait|nous etions|j'etais) ~2 (sur|dans) (le|la) (meet|zoom|teams|visio|lien|appel|salle) ~6 depuis
2.5 | (tu as|vous avez|t'as|as-tu|avez-vous) ~3 (eu|rencontre) ~2 (souci|soucis|probleme|problemes) (de connexion|technique|techniques)
# The call at the agreed time that no one answered ("tried calling you at the scheduled time").
2.5 | (essaye|tente|essaie|essayons) de (vous|te) (joindre|appeler|contacter|telephoner) ~6 (comme convenu|comme prevu|sans succes|en vain)
2.5 | (n'ai|n'avons) pas (pu|reussi a) (vous|te) (joindre|contacter|avoir au telephone)
2 | (tombe|tombee|tombes|tombees) sur (votre|ta) (messagerie|repondeur|boite vocale)
# Waited for, and asked where: "le chef d'atelier t'attendait à 9h chez X, t'es où ??".
3 | (t'attendait|t'attendaient|vous attendait|vous attendaient|t'attendions|vous attendions|t'attendais|vous attendais) ~10 (t'es ou|tu es ou|vous etes ou|ou es-tu|ou etes-vous|ou etais-tu|ou etiez-vous|t'etais ou)
# --- es
3 | no (te|se) (presentaste|presento|conectaste|conecto|uniste|unio|presentara|presentaras)
# "Te esperamos" is also the welcome of an invitation ("te esperamos el lunes a las 10"):
# it tells of an absence only with a "but" or a past day.
3 | (te|le|los) (estuvimos esperando|estabamos esperando|estuvimos aguardando)
# Waited for in the past, and the reader never came in: "te hemos esperado en la videollamada ... y no has entrado".
3 | (te|le|los) (hemos esperado|han esperado|esperamos|esperaron) ~12 (y no|pero no) (has|ha|entraste|entro|llegaste|llego|apareciste|aparecio|te conectaste|se conecto)
# ... or not seen come in: "he estado conectado a Teams desde las 18:00 y no te he visto entrar".
3 | no (te|le|la|lo|los) (he|hemos) visto (entrar|conectarte|conectarse|conectar|aparecer|llegar)
3 | (te|le|los) (estamos esperando|esperamos) ~6 (desde hace|hace ya|hace) ~2 (minutos|min|un rato|media hora)
3 | (te|le|los) esperamos ~8 (pero|sin (noticias|respuesta|exito)|en vano|y no|ayer|anoche)
# Waiting here, now: "aquí te esperamos en recepción desde las 4", "te seguimos esperando".
3 | (aqui|aca) (te|le|los) (esperamos|estamos esperando) ~6 desde
3 | (te|le|los) seguimos esperando
3 | (te|le|los) (esperaba|esperaban|esperabamos|estaba esperando|estaban esperando|estabamos esperando) ~10 (donde estas|donde esta usted|donde andas|donde te metiste|te paso algo)
3 | no (pudimos|logramos|conseguimos) (contactar*|localizar*|conectar*|comunicarnos|hablar) (contigo|con usted|con vos)
3 | no (asististe|asistio|acudiste|acudio)
3 | (vencio|vencido|expiro|expirado|caduco|caducado) ~8 sin ~4 (complet*|realiz*|grab*|termin*|envia*|respond*)
3 | (estamos|estoy|estabamos|estaba) (en|dentro de) (el|la) (meet|zoom|teams|llamada|videollamada|sala) ~4 desde
2.5 | (tuviste|tuvo|has tenido|ha tenido) ~3 (problemas|algun problema|inconvenientes) (de conexion|tecnicos|con el enlace)
3 | no (he|hemos) (podido|logrado|conseguido) (localizarte|localizarle|contactarte|contactarle|hablar contigo|hablar con usted|comunicarme contigo)
# "Intentamos llamarte en tres ocasiones ... sin éxito": tried, in vain, at the agreed hour.
3 | (intentamos|intente|he intentado|hemos intentado) (llamarte|llamarle|contactarte|contactarle|comunicarnos contigo|comunicarnos con usted) ~8 (sin exito|sin respuesta|ocasiones|veces|pero no)
3 | no (completaste|completo|realizaste|realizo|grabaste|grabo) (tu|su|la) ~2 (entrevista|videoentrevista) ~10 (plazo|fecha limite|vencio|expiro|antes)
3 | (tampoco|no) (te has|se ha|te hayas|se haya) (conectado|unido|presentado)
# Called at the hour and got the voicemail: "te hemos llamado a las 11:30 ... y salta el
# buzón de voz".
2.5 | (salta|saltaba|salto|sale|salia) el buzon
# A public body's formal notice: "no consta su comparecencia a las pruebas".
3 | no (consta|ha constado|constando) ~2 (su|tu) (comparecencia|asistencia|presencia|conexion)
# Valencian and Catalan, as a manager writes it: "t'esperàvem a les 8:15 i no has vingut".
3 | no (has|heu) (vingut|aparegut|connectat)
2.5 | (esperavem|estavem esperant) ~6 (i no|pero no)
"""

_OFFER = """
3.5 | (pleased|happy|delighted|thrilled|excited|glad) to (offer|extend|make) ~3 (offer|position|role|job)
# (To the reader, not "make him a conditional offer" of a reference request.)
3.5 | (extend|extending|make|making|prepare|preparing) [you|to you|out] (an|a|the|this|your) ~2 (offer|job offer|offer of employment)
3 | offer (of employment|letter|package|details)
3 | (job|employment|formal|written|verbal|official) offer
3 | (would like|want|like|love) to offer you
3.5 | (pleased|happy|delighted|thrilled|excited|glad) to offer you ~6 (position|role|job|place|post|contract)
2 | (accept|review|sign|signing|accepting) (the|this|our|your) ~2 offer
3 | (attached|enclosed|attaching|enclosing|here's|here is) ~4 (contract of employment|employment contract|employment agreement|offer letter|letter of offer)
# ... or said the other way round: "your employment contract is attached".
3 | (contract of employment|employment contract|employment agreement|offer letter|letter of offer) ~2 (is|are) (attached|enclosed)
# ... or sent to sign: "has sent you the following document to review and sign
# electronically: Contract of Employment".
3 | (review and sign|to sign|zur unterschrift|zum unterschreiben|a signer|para firmar) ~6 (contract of employment|employment contract|employment agreement|offer letter|arbeitsvertrag|contrat de travail|contrato de trabajo|contrato laboral)
1 | (base salary|annual salary|start date|starting date|signing bonus|sign-on bonus|stock options|compensation package|relocation package|benefits package|salary package)
# The first day, settled: "your first day would be Monday 2 November".
2.5 | your first day (will be|would be|is|with us will be)
# --- de
3.5 | (freuen|freue|gerne) ~6 (anzubieten|anbieten|zusage|angebot machen|zusagen)
3 | (team|bord) begrussen
3 | (vertragsangebot|arbeitsvertrag|dienstvertrag|jobangebot|arbeitsangebot|vertragsunterlagen)
2.5 | (dein|ihr) erster arbeitstag (ware|wird|ist)
3 | (angebot|zusage) ~3 (stelle|position|unterbreiten|machen|erhalten)
3.5 | (mochten|mochte|wollen|will|konnen|wurden|wurde|freuen uns) ~3 (dir|ihnen|euch) ~4 (stelle|position|job|rolle|vertrag) ~6 (anbieten|anzubieten)
# ... the post just named: "hat eine zweite Stelle geschaffen und möchte Ihnen diese anbieten".
3 | (mochten|mochte|wollen|will|wurden|wurde) (ihnen|dir|euch) (diese|sie|diese stelle|diese position) anbieten
# --- fr
3.5 | (heureux|heureuse|ravis|ravi|ravie|plaisir|contents|content) de (vous|te) ~2 (proposer|offrir|annoncer|faire) ~4 (poste|offre|contrat|embauche|rejoindre|proposition)
3 | (promesse|proposition|offre) (d'embauche|de contrat|d'engagement)
3 | (voici|ci-joint|trouverez|trouveras|joins|joignons) ~4 (contrat de travail|contrat d'emploi|contrat d'engagement)
3 | (lettre|proposition) d'(offre|engagement|embauche)
2.5 | (ton|votre) premier jour (serait|sera|est prevu|parmi nous)
3.5 | (souhaitons|voulons|aimerions|souhaiterions|voudrions) ~2 (vous|te) (proposer|offrir) ~3 (poste|contrat|cdi|cdd)
# The client's wish relayed: "le client souhaite vous faire une proposition pour la coordination".
2.5 | (souhaite|souhaitent|souhaitons|voudrait|voudraient|aimerait|aimeraient|veut) (vous|te) faire une (proposition|offre) (pour|d'embauche|de poste|de contrat)
# Wanting the reader on the team, in a role: "on aimerait vraiment que tu rejoignes Popote
# comme Head of People", "nos encantaría que te unas al equipo como Jefa de Calidad", "wir
# möchten dich gerne als Teamleiterin an Bord holen", "we'd love to have you on board as our",
# "we'd like you to join Castletroy Pharma as HR Generalist" (a title's first word, not "as
# soon as").
3 | (aimerait|aimerions|voudrait|voudrions|souhaite|souhaitons|souhaiterait|souhaiterions|veut|voulons) [vraiment|beaucoup|tous|bien] que (tu rejoignes|vous rejoigniez|tu nous rejoignes|vous nous rejoigniez) ~4 (comme|en tant que|au poste|en cdi|en cdd)
3 | (je t'envoie|je vous envoie|on t'envoie|on vous envoie|nous vous envoyons|je te fais suivre|je vous fais suivre) ~2 (le|ton|votre) contrat
3 | (queremos|quisieramos|nos gustaria|nos encantaria|me gustaria) (que te unas|que se una|que formes parte|que forme parte|contar contigo|contar con usted) ~5 (como|en el puesto|para el puesto)
3 | (dich|sie|euch) ~3 als ~4 (an bord (holen|nehmen)|einstellen|ins team holen)
2.5 | (we'd|we would|we|they'd|they would) (love|like|want) (you|to have you) (to join|on board|on the team) ~3 as (our|the|a|an|hr|head|senior|junior|lead|team|site|project|office|sales)
# --- es
3.5 | (complace|alegra|encanta|gustaria|gusta|queremos|quiere|quieren|quisiera|quisieran) ~3 (ofrecerte|ofrecerle|hacerte una oferta|hacerle una oferta|extenderte)
3 | (carta|propuesta) [de](oferta|contratacion)
3 | carta de ofrecimiento
3 | (le|te) (ofrecemos|ofrecemos formalmente) (las siguientes condiciones|el puesto|la plaza|la posicion|el cargo)
3 | (declarado|declarada|declaro|declaramos) (ganador|ganadora|seleccionado|seleccionada) de la (plaza|convocatoria|vacante)
3 | oferta (formal|laboral|de trabajo|de empleo) ~3 (para ti|para usted|adjunta|adjunto)
# Said plainly: "el puesto es tuyo si lo quieres", "te quieren como Jefe de Planta".
3 | (el|la) (puesto|plaza|posicion|trabajo|vacante) ~4 es (tuyo|tuya|suyo|suya|para ti|para usted)
3 | (te|le) (quieren|queremos|quiere) (como|de) ~3 (jefe|jefa|responsable|director|directora|gerente|coordinador|coordinadora|ingeniero|ingeniera|tecnico|tecnica|analista|supervisor|supervisora)
3 | tenemos oferta
2.5 | tu primer dia (sera|seria|es el|con nosotros)
# The contract for the role, to sign: "tu contrato como Customer Experience Lead".
3 | (tu|su) contrato como
3 | (adjunto|adjuntamos|te envio|le envio|te enviamos|le enviamos|aqui tienes|aqui tiene) ~4 (contrato de trabajo|contrato laboral)
# Relayed or formal: "quieren ofrecerte la posición", "le ha extendido una oferta laboral".
3 | (quieren|quiere|quiero|van a|vamos a) ~2 (ofrecerte|ofrecerle) (la|el|una|un) ~2 (posicion|puesto|plaza|cargo|trabajo|contrato|rol)
3 | (extendido|extenderte|extenderle|extender) ~3 (una|la|nuestra) oferta
2 | (aceptar|aceptarla|firmar) ~2 (la|tu|su) (oferta|propuesta|carta oferta)
# A public body's appointment: "le ha propuesto como candidato seleccionado", "propuesta de nombramiento".
3 | (propuesta de nombramiento|propuesto como (candidato|candidata) seleccionad*|(candidato|candidata) seleccionad* para (el puesto|la plaza|la posicion))
2 | (fecha de incorporacion|incorporacion (el|prevista)|te incorporas|se incorpora el|incorporarte el|empezamos el)
1 | (brutos anuales|bruto anual|salario bruto|brutos fijos|retribucion bruta|variable por objetivos)
"""

# What bulk mail says at its foot and in its frame.
_BULK = """
2 | unsubscribe
2 | (manage|update|change|edit) ~2 [email|mail|notification|subscription](preferences|settings|subscription*)
2 | (view|read|open) ~3 (in|on) ~2 (browser|web)
2 | (you are|you're) receiving this ~3 (email|message|because)
2 | (stop|no longer wish to) (receiving|receive)
2 | (newsletter|digest|weekly roundup|in this issue)
# ("this week's" only of an issue: "all of this week's interviews" is a letter's.)
2 | this week's (edition|issue|roundup|round-up|top|picks|highlights|stories|reads|links|jobs|news|episode)
2 | (abmelden|abbestellen|newsletter abbestellen|vom newsletter)
2 | (desabonner|desinscrire|desabonnement|desinscription)
2 | (darse de baja|darte de baja|cancelar [la]suscripcion|anular [la]suscripcion)
3 | (new|recommended|latest|top|more|similar) (jobs|positions|openings|roles|vacancies|opportunities) ~3 (for you|matching|near|that match|you may|in your)
3 | (job|jobs) (alert|alerts|recommendations|matching your)
3 | (neue|passende|aktuelle) (jobs|stellen|stellenangebote|jobangebote)
3 | (nouvelles|nouvelle|dernieres) (offres|opportunites) ~3 (emploi|pour vous|correspondant)
3 | (nuevas|nuevos|ultimas) (ofertas|empleos|vacantes) ~3 (para ti|que coinciden|de empleo)
1.5 | (read more|continue reading|read the full|lire la suite|weiterlesen|leer mas)
1.5 | (webinar|masterclass|ebook|e-book|blog post)
# A job posting passed around: an opening for anyone, not news about the user's application.
2 | (we're|we are|we're now|now|currently) hiring (a|an|for|several|two|three|multiple)
2 | referral (bonus|bonuses|program|programme|reward)
2 | (wir suchen ab sofort|nous recrutons|estamos contratando)
"""

# Courses, classes and their places: a course's "entretien de niveau" or a class cancelled
# is no interview. Words of both lists below.
_COURSES = """
| kursplatz | kursplatze | lehrgangsplatz | kursbeginn | course place | place on the ~4 course
| plaza en el curso | plazas del curso | inicio del curso | language course | language school
| sprachkurs | sprachschule | intensivkurs | cours de langue | ecole de langue | curso de idiomas
| escuela de idiomas | curso intensivo | inscribirte al curso
| cours d'espagnol | cours d'anglais | cours d'allemand | cours d'italien | cours d'arabe
| cours de portugais | cours de chinois | cours de japonais | cours de neerlandais
| cours de (yoga|pilates|danse|musique|piano|guitare|natation|cuisine|body pump|zumba|spinning|fitness|theatre|dessin|boxe)
| entretien de niveau | test de niveau | salle de sport | einstufungstest | yogakurs | fitnessstudio
| clase de (ingles|aleman|frances|italiano|yoga|pilates|spinning|baile|musica|natacion)
| english class* | german class* | spanish class* | french class* | italian class*
| yoga class* | pilates class* | spinning class* | fitness class* | dance class*
| cooking class* | english lesson* | german lesson* | spanish lesson* | french lesson*
| italian lesson*
| inscription au cours | frais d'inscription | conge linguistique | conge sabbatique
| bildungsurlaub | kursgebuhr | cuota de inscripcion
| formation qualifiante | formation certifiante | candidature a (la|cette) formation | place en formation
| plaza para el curso | curso gratuito | curso de formacion
| course administrator | course coordinator | cohort filled | cohort is full | cohort was full
| cohort has filled | evening course | evening classes | access to he | access course
| information evening | waiting list
"""

# "Interview", "position" and "unfortunately" in mail that is not about the user's job search.
_OTHER_MEANING = """
podcast | episode | listeners | show notes | on air | radio | livestream | live stream
| journalist | magazine | newspaper | press | editorial | media | publication | article | column
| quote you | editor | readers | reporters | reporter (at|for|with|from|on) | freelance reporter
| staff reporter | senior reporter | business reporter | tech reporter | piece on | piece about | feature on
| feature about
| user research | usability | ux research | research study | research session | product feedback
| feedback session | user interview | customer interview | study participant*
| research participant* | participant* (will|receive|receives|get|gets|are compensated)
| as a participant | participant information | participant id | participantes recibiran
| income protection | life cover | critical illness cover | underwriters will | your gp
# The employment service's own business, not an employer's: France Travail also relays
# applications ("Votre candidature a bien été transmise au recruteur").
| actualisation | indemnisation | demandeur d'emploi | entretien de suivi | votre conseiller
| bildungsberatung | berufsberatung | beratungstermin | bildungsberater* | berufsberater*
| forderungsmoglichkeiten | bildungskarenz | arbeitsmarktservice
| votre conseillere | agence france travail | agence pole emploi | votre agence france travail
# The reader as someone else's referee: "has given your name as a referee", "vous a indiqué
# comme référence", "Sie als Referenz angegeben", "le ha indicado como referencia".
| given your name as ~2 (referee*|reference*) | gave your name as ~2 (referee*|reference*)
| named you as ~2 (referee*|reference*) | listed you as ~2 (referee*|reference*)
| put you down as ~2 (referee*|reference*) | reference for (him|her|them)
| als (referenz|referenzgeber*|referenzperson) ~2 (angegeben|genannt)
| indique comme ~2 (reference|referent*) | cite comme ~2 (reference|referent*)
| indicado como ~2 (referencia|referente) | senalado como ~2 (referencia|referente)
| suministro electrico | suministro de luz | suministro de gas | alta de luz | alta de gas | factura | ophtalmo* | dentiste | arzttermin
| cita medica | rendez-vous medical | doctor's appointment | dental appointment
| dermatolog* | cardiolog* | gynecolog* | centre medical | cabinet medical | medical centre
| medical center | centro medico | arztpraxis
| your shift | shift confirmed | shift has been confirmed | shift booking | timesheet | rota
| incomplete application | unfinished application | finish your application
| gift card | amazon voucher | gift voucher | voucher | incentive | compensated for your time
| thank you gift | take part in | as a thank you
| gps | latitude | longitude | coordinates | geolocation | location sharing | navigation
| satellite
| package | parcel | shipment | shipping | courier | tracking number | delivery | order number
| your order | dispatch*
| patient | patients | patient's | patientin* | patienten* | patientes | la patiente | une patiente
| votre patiente | cette patiente | chere patiente | notre patiente
| doctor | dentist | dental | clinic | medical | pharmacy | prescription | physician
| arzt | arztin | arztpraxis | zahnarzt | medecin | ordonnance | medico | clinica | receta
| optometrist* | optician* | eye test | paciente | pacientes | ordination | allgemeinmedizin
| hausarzt* | ortodoncia | odontolog* | orthodont* | dentiste | check-up | vorsorgetermin
| medecine generale | medecin generaliste | medicina general | medicina familiar
| general practitioner
| apartment | landlord | tenant* | lease | leasing | rental | property | credit card
| proprietaire | loyer | agence immobiliere | inmobiliaria | propietario | vivienda | miete
| mieter | besichtigung | tarjeta | tarjetas | tarjeta de credito | carte de credit | carte bancaire | kreditkarte
| entretien utilisateur | entretiens utilisateurs | recherche utilisateur | test utilisateur
| nutzerinterview* | nutzertest* | entrevista de usuario | investigacion de usuarios
| bon d'achat | gutschein | tarjeta regalo | cheque regalo
| card application | loan | mortgage | credit report | bank account | cashback | credit limit
| applying for ~4 (loan|mortgage) | applied for ~4 (loan|mortgage)
| applying for ~5 card | applied for ~5 card | application for ~5 card | rewards visa
| cash back visa | visa card
| kreditantrag | privatkredit | ratenkredit | kreditanfrage
| annual fee | interest rate | rewards card | debit card | prepaid card | signature card
| platinum card | secured card | mastercard | member fdic | balance transfer | overdraft
| savings account | current account | checking account
| volunteer* | ehrenamt* | benevol* | voluntari*
| candidature ~2 benevole | volunteer application | application to volunteer | volunteering application
| bewerbung ~2 ehrenamt* | candidatura ~2 voluntari* | solicitud ~2 voluntari*
| cloud recording | aufzeichnung | enregistrement | grabacion
| submission | submissions | paper | reviewers | program committee | program chairs | conference
| programme committee | speaker application | call for speakers | call for papers
| call for sessions | call for proposals | session proposal | talk proposal
| mock interview* | practice interview* | entretien blanc | entretiens blancs
| simulacro de entrevista | simulacion de entrevista | probeinterview
| entry permit | credential assessment | credential evaluation | immigration purposes
| work permit application | open work permit | employment permit | permit application
| parking permit | skills assessment | processing office | visa application | immigration service
| visum | visumantrag | visastelle | konsulat | auslandsvertretung | visado | consulado
| cita consular | rendez-vous consulaire | demande de visa | solicitud de visado
| gruppenpraxis | dr med | dr. med | termin zur untersuchung | ihre untersuchung | ihrer untersuchung | gesundenuntersuchung | vorsorgeuntersuchung | traumatologia | anlagedepot | wertschriftendepot | saule 3a | celi | reer
| caisse populaire | finances personnelles | ouverture d'un compte | apertura de cuenta
| ihres depots | ihr depot | ihrem depot | fondssparplan | sparplan | jahresberatung | anlageberatung
| etat des lieux | etats des lieux | releve des compteurs
| credit union | credit committee | loans officer
| parent teacher meeting* | parent teacher interview* | school secretary | school office | elterngesprach
| elternsprechtag | elternabend | mitteilungsheft | klassenlehrer* | volksschule | grundschule
| reunion de padres | reunion con las familias | reunion parents-professeurs | cahier de liaison
| mitarbeitergesprach | jahresgesprach | performance review | annual appraisal | entretien annuel
| entretien professionnel annuel | evaluacion del desempeno | evaluacion de desempeno
| wg-zimmer | wg-casting | wohngemeinschaft | mitbewohner* | flatmate* | flat share | colocation
| rencontres parents-professeurs | rencontre parents-professeurs | aux familles | entretiens parents | kita | kindergarten | erzieherin
| entwicklungsgesprach | tutora de | tutor de | tutoria de | con todas las familias | colegio
| votre enfant | vos enfants | your child | your child's | ihr kind | ihres kindes | su hijo | su hija | tu hijo | tu hija
| ce1 | ce2 | cm1 | cm2 | grande section | moyenne section | petite section
| flat inspection | property manager | lettings | letting agent
| certification exam | exam fee
| ausbildereignungsprufung | abschlussprufung | zwischenprufung | gesellenprufung | meisterprufung
| prufungsausschuss | prufungsgebuhr
| kurs | kurses | zertifikatskurs | zertifikatslehrgang | lehrgang | kursplatz | kursplatze | sprachkurs | kursgebuhr
| proceedings | abstract | camera ready | admission* | scholarship | grant proposal
| financial aid | bourse d'etudes | stipendium
| future studies | your studies | study programme | degree programme | ihr studium | studienplatz
| postgraduate | undergraduate | for entry in | masterstudiengang | bachelorstudiengang
| vos etudes | tus estudios | sus estudios
| your claim | this claim | insurance claim | policyholder | your policy | schadensfall | sinistre
| hausrat* | haftpflicht* | versicherungsunterlagen | antragsnummer | checkup
| ihres antrags | ihren antrag | ihr antrag | ihres gesuchs | ihr gesuch | gesuchsnummer
| aufenthaltsbewilligung | aufenthaltserlaubnis | aufenthaltstitel | krankenversicherung
| burgeramt | burgerburo | burgerservice | einwohnermeldeamt | auslanderbehorde
| zulassungsstelle | meldebescheinigung
| siniestro | poliza
| scolarite | pedagogique | tuition | enrolment | enrollment | immatrikul* | studiengang | matricula
| studie | befragung | survey | questionnaire | encuesta | sondage
| grant | grants | micro-grant | fellowship | bursary | stipendium | subvention | bourse
| beca | becas | subvencion
| wohnung | vermieter | mietvertrag | kredit | darlehen | einreichung | konferenz | logement
| appartement | bailleur | credit immobilier | pret immobilier | demande de pret | votre pret
| un pret | offre de pret | pret bancaire | soumission | conference | piso | alquiler
| arrendador | prestamo | hipoteca | hipotecario | hipotecaria | ponencia | congreso
| arriendo | arrendar | arrendatari* | arrendamiento | propietaria | corredora de propiedades
| admision | admisiones | postgrado | posgrado | magister | maestria | diplomado | diplomatura
| flight | boarding | itinerary | hotel booking | hotel reservation | your stay | your reservation | votre reservation | ta reservation | reservation confirmee | confirmation de reservation | numero de reservation | reservation number | online check in
| check in online | check in opens | check in closes | check in counter | flug | buchung | vol | billet
| vuelo | tu reserva | su reserva | la reserva | una reserva | numero de reserva | reserva confirmada
| reserva de hotel | reserva de vuelo
| paket | sendung | lieferung | bestellung | umfrage | nutzerforschung | presse
| zeitung | journalist* | magazin* | zeitschrift | fachzeitschrift | redakt* | beitrag | artikel
| abdruck* | leser*
| colis | livraison | commande | expedition | etude utilisateur | journaliste | presse | emission
| redaction | redacteu* | revue | lecteurs
| paquete | numero de envio | seguimiento del envio | pedido | entrega | estudio de usuarios | periodista | prensa | emision
| revista | redaccion | redactor* | articulo | lectores | oyentes | en antena | magacin | programa de radio
| tertulia
| werkstatttermin | ersatzteil* | reifenwechsel | hauptuntersuchung | autohaus | car service
| mot test | your car | tyres | tyre change | controle technique | vidange | taller mecanico
| cambio de neumaticos | revision del vehiculo
| zahnreinigung | zahnarztpraxis | prophylaxe | praxisteam | hygienist | detartrage
| hygiene appointment | hygiene visit | dental cleaning | teeth cleaning | scale and polish
| cabinet dentaire | limpieza dental | clinica dental
| ableser | ablesung | zahlerstand | zahlerablesung | stromzahler | meter reading | meter reader
| smart meter | releve de compteur | compteur | lectura del contador | contador de luz
| library card | library membership | membership card | loyalty card | bibliotheksausweis
| carte de bibliotheque | carne de biblioteca | mannschaft | entrainement | entrenamiento
| join the ~2 register | the register as | registration renewal | renew your registration
| renewal of your registration | retention fee | revalidation | berufsregister | inscription au tableau
| colegiacion
"""

# Of those, the words no job uses for its own affairs (unlike "editor", "media", "submission",
# "clinic" or "press", which are also jobs and employers): mail that names one of them and
# barely a job word is about a card, a flat, a parcel or a study.
_OTHER_WORLD_ONLY = """
podcast | listeners | show notes | gps | latitude | longitude | parcel | shipment
| tracking number | courier | credit card | card application | cashback | credit limit
| annual fee | mortgage | loan | landlord | tenant* | rental | lease | gift card | gutschein
| applying for ~4 (loan|mortgage) | applied for ~4 (loan|mortgage)
| applying for ~5 card | applied for ~5 card | application for ~5 card | rewards visa
| cash back visa | visa card
| umfrage | studie | befragung | survey | encuesta | sondage | scolarite | tuition | enrolment
| enrollment | admission* | postgraduate | undergraduate | for entry in | scholarship | becas | wohnung | vermieter | mietvertrag | miete | mieter
| logement | appartement | loyer | bailleur | alquiler | arrendador | hipoteca | prestamo
| arriendo | arrendar | arrendatari* | arrendamiento | corredora de propiedades | admision
| admisiones | magister | maestria | diplomado | diplomatura
| kredit | darlehen | paket | colis | paquete | apartment | carte de credit | tarjeta | tarjetas
| kreditkarte | kreditantrag | privatkredit
| ratenkredit | kreditanfrage
| werkstatttermin | reifenwechsel | zahnreinigung | zahlerstand | zahlerablesung | ableser
| meter reading | library card | library membership | bibliotheksausweis
| speaker application | certification exam
| call for sessions | session proposal | talk proposal
| mock interview* | entretien blanc | entretiens blancs | simulacro de entrevista
| entry permit | credential assessment | credential evaluation
| exam fee
| ausbildereignungsprufung | abschlussprufung | zwischenprufung | gesellenprufung | meisterprufung
| prufungsausschuss | prufungsgebuhr
| kurs | kurses | zertifikatskurs | zertifikatslehrgang | lehrgang | kursplatz | kursplatze | sprachkurs | kursgebuhr
| wg-zimmer | wg-casting | wohngemeinschaft | mitbewohner* | flatmate* | flat share | colocation
| credit union | loans officer | parent teacher meeting* | elterngesprach | elternsprechtag
"""

# People telling their own story: a friend's rejection is not the user's.
_NARRATIVE = """
3 | my [final|second|first|last|third|phone|video|next|big|technical|panel](application|interview|candidacy|rejection|job search|job hunt|onsite|cv|resume)
# A friend asking after the user's own search: "how did your Kingsmere thing go?"
3 | (how did|how was|how'd) your ~3 (go|interview|thing|day)
3 | (how's|how is|how are) (your|the) ~2 (hunt|job hunt|job search|jobhunt|applications) [going|coming along]
3 | (i|i've|i have|just) (got|had|received) (the|a) (no|rejection|knockback) (from|for)
3 | (did you|have you) (hear|heard) [back] from
3 | (wie lauft|wie laeuft|wie gehts|wie geht's|wie steht) ~4 (jobsuche|bewerbung*|stellensuche)
3 | (hab|habe|hatte|hab ich|habe ich) ~5 (absage|zusage) ~4 (bekommen|gekriegt|erhalten)
# ... and the writer's own invitation: "ich hab eine Einladung von einem Lager bekommen",
# "j'ai enfin décroché un entretien".
3 | (hab|habe|hab ich|habe ich) ~2 einladung ~5 (bekommen|gekriegt|erhalten)
3 | (j'ai|jai) ~2 (decroche|obtenu|eu|recu) ~2 (un entretien|une convocation|un rendez-vous)
# ... with no verb but "have": "j'ai enfin une convocation !"; or shown to a friend: "regarde ce
# que j'ai reçu ce matin", "look what I got", "mira lo que me ha llegado".
3 | (j'ai|jai) (enfin|finalement|moi aussi|aussi|deja) (une convocation|un entretien|une invitation|un rendez-vous)
3 | (regarde|regardez|devine|devinez) ce que (j'ai|jai) (recu|eu)
3 | look (what|at what) (i got|i've got|i just got|i received|came in|arrived)
3 | (schau|guck) [mal|dir] was ich ~3 (bekommen|gekriegt|erhalten)
3 | mira (lo que|que) me ~2 (ha llegado|llego|han mandado|mandaron)
3 | (ca avance|ou en es) ~3 (ta recherche|tes candidatures|ton entretien)
3 | (que tal|como va|como te fue) ~3 (la busqueda|tu busqueda|tu entrevista|las entrevistas|la entrevista)
3 | (i am|i'm) (writing to apply|applying for|applying to)
# The writer's own invitation: "got an email last night inviting me to interview".
3 | (inviting|invited|invite|invites) me (to|for) ~2 (interview|interviews|an interview|a second interview)
3 | (me invitan|me invitaron|me han invitado|me citaron|me han citado) a ~2 (entrevista|una entrevista)
3 | (m'invite*|m'ont invite*|m'a invite*|m'ont convoque*|m'a convoque*) a ~2 (entretien|un entretien)
3 | (haben|hat) mich ~4 (eingeladen|zum vorstellungsgesprach eingeladen)
# ... told in the passive: "je suis convoqué pour un entretien chez X", "I've been invited to
# interview", "ich bin morgen zum Gespräch eingeladen", "me han citado para una entrevista".
3 | (je suis|j'ai ete) (convoque|convoquee|invite|invitee) (a|pour) ~2 (entretien|un entretien|une entrevue)
3 | (i've been|i have been|i was|i got) (invited|asked) (to|for) ~2 (interview|an interview|a second interview|a final interview)
3 | (ich bin|ich wurde|bin ich|wurde ich) ~3 eingeladen
3 | (me han|me) (convocado|citado) (para|a) ~1 (entrevista|una entrevista)
3 | (regarde|regardez|devine|devinez) ce que je viens de recevoir
3 | (please find|you will find|i have attached|i've attached|attached (is|are)) ~2 my (cv|resume|application)
3 | (rejected|turned down|ghosted|declined) me
3 | (i|we) (got|was|were|have been|have been|just got|finally got) (rejected|turned down|ghosted|a rejection|the rejection|an offer|the offer)
3 | i (didn't|did not|never) (get|got) (the|that|this|a) (job|offer|role|position|call back|callback)
1.5 | (they|he|she|the recruiter|the company) (told|emailed|wrote|informed|sent) (me|us)
3 | (a|the|one|our|this) (candidate|applicant) (coming in|is coming|comes in|arriving)
3 | (interview|assess|screen) (a|the|one|our|this|another) (candidate|applicant)
3 | (sit on|join|be on) (a|the|an|our) ~2 (panel|interview panel|hiring panel|interview loop)
3 | (un|une) (candidat|candidate) (vient|viendra|arrive)
3 | (un|una) (candidato|candidata) (viene|vendra|llega)
3 | (einen|eine) (kandidaten|kandidatin|bewerber|bewerberin) ~3 (interviewen|kennenlernen|ins gesprach)
3 | (meine|meiner|mein) (bewerbung|vorstellungsgesprach|absage|jobsuche|unterlagen|lebenslauf)
3 | (hiermit|mochte ich mich|mochte mich) ~2 bewerbe*
3 | bewerbe (ich mich|mich)
3 | (mir|ich habe|ich hab|ich bekam) ~4 (absage|abgesagt)
3 | (ma|mon) (candidature|entretien|entrevue|refus|recherche d'emploi|cv)
3 | (je vous adresse|je vous transmets|veuillez trouver|vous trouverez) ~3 (ma candidature|mon cv)
3 | je ((souhaite|voudrais|souhaiterais) postuler|postule|me permets de postuler)
3 | (j'ai|on m'a) ~2 (recu|eu|essuye) ~2 (refus|reponse negative)
3 | (ils m'ont|elles m'ont|on m'a) (dit|repondu|ecrit|annonce) [que] non
3 | (they|he|she) (told|wrote|emailed|texted) (me|us) [that] (no|it's a no|it was a no)
3 | (they|he|she) said (no|it's a no|it was a no) to (me|us)
3 | (mi|mis) (candidatura|entrevista|rechazo|busqueda de empleo|cv|curriculum)
3 | (quisiera postular*|me gustaria postular*|adjunto mi (cv|curriculum|candidatura)|me postulo)
3 | (me|nos) (rechazaron|han rechazado|dijeron|escribieron)
3 | (me|nos) (han dicho|han contestado|contestaron|han respondido|respondieron) que no
"""

# A recruiter passing on a client's answer about the reader's application: the "me" who was
# told no ("me han dicho que no") is the recruiter, not someone telling their own story.
_RELAY = """
1 | (the|our|my) client
1 | (el|al|del|nuestro|mi) cliente
1 | (le|au|du|notre|mon) client
1 | (der|dem|des|unser|unserem|unseres|mein|meinem) (kunde|kunden)
1 | your (application|candidacy)
1 | (tu|su) candidatura
1 | (votre|ta) candidature
1 | (ihre|deine|dein|ihr) (bewerbung|kandidatur)
# ... or the answer passed on: "Te reenvío la respuesta que me ha llegado de Crédito Turia".
1 | (te|le|os|les) (reenvio|paso|transmito) (la|el|su) (respuesta|feedback|decision|valoracion)
1 | (je te|je vous) (transfere|transmets) (la|leur|sa) (reponse|decision|retour)
1 | (forwarding|passing on|pass on) (the|their) (feedback|answer|decision)
1 | (gebe|leite) (ihnen|dir) (die|deren|seine|ihre) (antwort|ruckmeldung|entscheidung) weiter
"""

# A recruiter who found the reader, not the reader's application: the cold approach
# ("I came across your profile", "vi tu perfil", "votre parcours m'a semblé pertinent").
_APPROACH = """
3 | (came across|come across|found|saw|seen|noticed) your (profile|cv|background)
# ("They've looked at your CV properly and they're going to pass": a client's reading.)
3 | (i|i've|i have|i just|just|we|we've|we have) (looked at|had a look at) your (profile|cv|background)
3 | (stumbled|stumble) (upon|on|across) your (profile|cv|background)
3 | your (profile|background|name) (caught my eye|stood out|came up|was passed)
3 | (i hope you don't mind|hope you don't mind|forgive) the (approach|cold email|cold message|cold call|out of the blue email|unsolicited note|unsolicited message|unsolicited email)
3 | reaching out confidentially
3 | (vi|he visto|encontre|me encontre con|revise|he revisado|me tope con|tropece con|di con) (tu|su) perfil
3 | (tu perfil|tu experiencia|tu trayectoria) me (llamo|ha llamado) ~2 atencion
3 | (j'ai vu|j'ai consulte|j'ai decouvert|je suis tombe sur|je suis tombee sur) votre profil
3 | votre (profil|parcours) (a retenu|m'a semble|a attire|m'a interpelle)
3 | je me permets de vous (contacter|approcher|solliciter)
3 | de maniere confidentielle
3 | (auf ihr profil gestossen|auf ihr profil aufmerksam|ihr profil ist mir aufgefallen)
3 | (auf sie|auf dich) aufmerksam geworden
3 | (bei|an) (ihrem|deinem) (profil|werdegang|lebenslauf) (hangen geblieben|hangengeblieben)
3 | ihr (profil|werdegang|lebenslauf) hat mich ~2 (angesprochen|uberzeugt)
"""

# A board's or a system's word that it sent the reader's own application on: its mail is
# a receipt of what the reader did, whatever list headers and footers its mail service adds.
_SENT = """
1 | your application (was|has been) [successfully](sent|submitted|forwarded|delivered)
1 | (tu|su) (solicitud|postulacion|candidatura) (se envio|se ha enviado|fue enviada|ha sido enviada)
1 | (votre|ta) candidature (a ete|a bien ete) (envoyee|transmise)
1 | (ihre|deine) bewerbung (wurde|ist) ~3 (versendet|gesendet|ubermittelt|verschickt)
"""

# Words that make mail about the user's job search at all. Flats, credit cards and conference
# papers have applications too: _OTHER_MEANING names those worlds.
_JOB_CONTEXT = """
interview* | application | applications | applied | applying | applicant* | candidate*
| candidacy | position | role | vacancy | opening | recruit* | hiring | talent | resume | cv
| job | jobs | career* | employment | requisition | salary | equity | compensation | onboarding
| offer letter | portfolio | case study | teaching demo | teaching demonstration | demo lesson
| trial lesson | lehrprobe | probelektion | clase muestra | lecon d'essai
| trial shift | trial day | work trial | turno de prueba | jornada de prueba | dia de prueba
| journee d'essai | periode d'essai | staffing
| engineer* | programmer* | planner* | developer* | designer* | analyst* | scientist* | researcher* | architect*
| consultant* | accountant* | coordinator* | specialist* | administrator* | product manager
| project manager | account manager | intern | internship
| gesprach* | vorstellungsgesprach* | bewerbung* | bewerber* | stelle | stellen* | kandidat*
| telefoninterview* | videointerview* | onlineinterview* | interviewtermin* | telefongesprach*
| videogesprach* | gesprachstermin*
| lebenslauf | recruiting | personalabteilung | einstellung | gehalt | jahresgehalt
| vertragsangebot | arbeitsvertrag | zusage | starttermin | entwickler* | ingenieur*
| werkstudent* | praktikum | erstgesprach* | zweitgesprach* | bewerbungsgesprach*
| entretien* | candidature* | candidat* | poste | recrutement | emploi | embauche | salaire
| lettre d'offre | brut annuel | developpeu* | ingenieu* | stage | alternance
| entrevista* | candidatura* | candidat* | puesto | vacante | seleccion | postulacion | empleo
| contratacion | salario | desarrollador* | ingenier* | analista* | especialista* | practicas
| coordinador* | consultor | planificador* | coordinateur* | koordinator*
| plaza | proceso selectivo | oposicion* | personalberat* | headhunter* | chasseur* | cabinet de recrutement
| hoja de vida | postula* | curriculum | reclutamiento | reclutador* | rrhh | proceso de seleccion
| oferta laboral | oferta de empleo | bolsa de trabajo
| initiativbewerbung* | schnuppertag* | probetag* | probearbeit* | hospitation* | bewerben | beworben
| contrat de travail | contrat d'emploi | contrato de trabajo | contrato laboral | employment contract
| contract of employment | employment agreement | executive search | search partners | talent partners
| mission d'interim | missions d'interim | contrat de mission | interimaire* | brut de l'heure
| brut horaire | zeitarbeit* | arbeitnehmeruberlassung | empresa de trabajo temporal
| temporary assignment | temp assignment
| cover letter | covering letter | motivation letter | anschreiben | motivationsschreiben
| lettre de motivation | carta de presentacion | carta de motivacion
"""

_KIND_BLOCKS: dict[EmailKind, str] = {
    EmailKind.REJECTION: _REJECTION,
    EmailKind.APPLICATION_RECEIVED: _RECEIVED,
    EmailKind.INTERVIEW_INVITATION: _INVITATION,
    EmailKind.INTERVIEW_RESCHEDULE_OR_CANCEL: _RESCHEDULE,
    EmailKind.MISSED_INTERVIEW_NOTICE: _MISSED,
    EmailKind.OFFER: _OFFER,
}
PHRASES: dict[EmailKind, PhraseTable] = {
    kind: compile_table(block, kind.value) for kind, block in _KIND_BLOCKS.items()
}
BULK = compile_table(_BULK, "bulk")
# Appointments at home, at school, at the bank and for a study, and applications to an office,
# a supplier or a scheme, which no job keeps: words of both lists above ("Wartung der
# Gastherme", "rencontre parents-enseignants", "your application for a work permit").
_APPOINTMENTS_ELSEWHERE = """
| wohnungsubergabe | wohnungsabnahme | schlusselubergabe | gastherme | thermenwartung | heizungswartung
| parents-enseignants | rencontre* parents | reunion* de parents | journal de classe | elternabend
| ecole primaire | escuela primaria | grundschule | primary school
| entretien-conseil | paquet bancaire | position financiere | tecnico de la caldera | revision de la caldera
| entretien de la chaudiere | entretien de chaudiere | chaudiere | ramonage | companeros de piso
| entrevista de investigacion | participacion es voluntaria
| council tax | single person discount | switch your electricity | switch your gas
| switch your energy | work permit | residence permit | care worker visa | visa application
| mentoring scheme | mentoring programme | update service
| entretien des chariots | entretien des engins | entretien du vehicule | entretien de la voiture
| bulletin de mi-annee | bulletin scolaire | conseil de classe
"""
OTHER_MEANING_WORDS = _OTHER_MEANING + _APPOINTMENTS_ELSEWHERE + _COURSES  # `phrases.WordIndex`
OTHER_WORLD_ONLY_WORDS = _OTHER_WORLD_ONLY + _APPOINTMENTS_ELSEWHERE + _COURSES
NARRATIVE = compile_table(_NARRATIVE, "narrative")
RELAY = compile_table(_RELAY, "relay")
APPROACH = compile_table(_APPROACH, "approach")
# Every phrase table in one, searched once per place; `Phrase.tag` says which table (for a
# kind: its value).
SENT = compile_table(_SENT, "sent")
ALL_PHRASES = PhraseTable.merge(*PHRASES.values(), BULK, NARRATIVE, RELAY, APPROACH, SENT)
JOB_WORDS = _JOB_CONTEXT

# Kinds whose phrases assert something happens: a negation or a condition just before the
# phrase ("we are unable to offer you", "if selected, we will invite you") voids them.
ASSERTIVE = frozenset({
    EmailKind.REJECTION, EmailKind.INTERVIEW_INVITATION, EmailKind.OFFER,
    EmailKind.INTERVIEW_RESCHEDULE_OR_CANCEL, EmailKind.MISSED_INTERVIEW_NOTICE,
})

# Words that negate what follows in the next few words (folded).
NEGATION_WORDS = frozenset({
    "not", "unable", "cannot", "can't", "won't", "wont", "never", "no", "nicht", "kein",
    "keine", "keinen", "ne", "n'", "pas", "jamais", "nunca", "tampoco", "sin", "without",
    "unfortunately", "leider", "malheureusement", "lamentablemente", "desafortunadamente",
    # "verzichtet darauf, Sie zum Zweitgespräch einzuladen": refrains from inviting.
    "verzichtet", "verzichten", "verzichte",
})

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Stop words per language, for detect_language: frequent, short, and not shared widely.
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _words("the and you your we to of for with this that have are is will be our "
                    "thank would at from it as please us on"),
    "de": _words("der die das und sie ihre ihr wir uns mit fur nicht ist ein eine einen "
                    "bei zu auf dass von den dem im freundlichen grussen vielen dank"),
    "fr": _words("le la les et vous votre nous de des du pour avec est une un pas dans "
                    "sur que qui au aux cordialement bonjour merci elle moi toi chez mais "
                    "ton tes ca cette"),
    "es": _words("el la los las y usted tu su nosotros de del para con es una un por en "
                    "que al saludos hola gracias muy"),
}
