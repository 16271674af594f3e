"""Concepts that meet in one sentence: the classifier's answer to free wording.

Imports `records` and `detect.phrases`; pure. A fixed phrase catches "we need to reschedule
our interview" but not "Could we push your conversation to 3pm?". Both have a *meeting* and a
*move* in one sentence, and that pairing is what an employer moving an interview writes in any
words and any of the four languages. So each concept is a list of words (phrase syntax, folded
text) and each `Combo` names the concepts that must meet in one sentence (or in the subject),
with a weight for the kind it points to.

A sentence that opens a condition ("if", "sollten", "si", "sans réponse") or defers a decision
("please consider your application unsuccessful") does not count for a combo marked `assertive`.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.detect import lexicon
from assistant.detect.phrases import WordIndex
from assistant.records import EmailKind

K = EmailKind

_CONCEPT_WORDS: dict[str, str] = {
    "meeting": """interview* | call | calls | phone screen | screen | screening | conversation
        | chat | meeting | meet | rencontrer | yarn | catch up | catch-up | video call
        | videocall | onsite | on site | round | session
        | gesprach* | vorstellungsgesprach* | telefonat | videocall | video call | kennenlern*
        | termin | gesprachstermin | entretien* | echange | rendez vous | appel | visio*
        | entrevue | entrevista* | videoentrevista* | llamada | reunion | videollamada | cita
        | platicar | platicamos | platiquemos
        | slot | slots
        | time slot | creneau* | hueco | franja | zeitfenster | zeitslot | runde | ronda
        | telefoninterview* | videointerview* | onlineinterview* | interviewtermin*
        | telefongesprach* | videogesprach* | telefontermin* | videotermin* | erstgesprach*
        | zweitgesprach* | bewerbungsgesprach* | vorgesprach* | fachgesprach* | zoom details
        | zoom link | meeting link | teams link | meet link | dial-in | dial in | loop | panel
        | entrevue | instancia | auswahlgesprach* | auswahlverfahren | assessment centre
        | assessment center | assessment day | assessment days | assessment session
        | dinamica de grupo | dinamicas de grupo | group exercise | probearbeitstag* | probetag
        | hospitation* | teaching demo | teaching demonstration | demo lesson | trial lesson
        | lehrprobe | probelektion | clase muestra | clase modelo | lecon d'essai
        | journee d'immersion | journee d'evaluation | journee d'essai | journee de selection
        | mise en situation | 15 mins
        | 20 mins | 30 mins | 45 mins | 15 minutes | 20 minutes | 30 minutes | 45 minutes""",
    "move": """reschedul* | move (it|the|your|our|this|that|today's|tomorrow's)
        | needs to move | need to move | has to move | have to move
        | moved (to|from|up|back|forward|ahead|it|the|your|our|this|that)
        | moving (it|the|your|our|this) | push | pushed | postpon* | rearrang*
        | shift (it|the|your|our|this|that|today's|tomorrow's|to) | shifted
        | shifting (it|the|your|our|this)
        | bring forward | brought forward | instead | change | changed | new time | later time
        | verschieb* | verschoben | verleg* | umleg* | vorverleg* | umplan* | report de
        | report du | reporter | reporte | reportee
        | reportes | reportees | reportons | reportez | reporterons | decal* | prepon*
        | avance* | deplac* | modifi* | reprogramm* | repouss* | reprogram* | reagend* | cambi*
        | mover | movemos | pasaramos | pasemos | movido | movida | pospon* | aplaz* | pasarla
        | pasarlo | adelant* | trasladamos | hemos trasladado | trasladarla | trasladarlo
        | retras* | nueva fecha | nueva hora | neuen termin | nouvel horaire | nouvelle date""",
    # "avancer avec toi", "avanzar contigo": going on with a candidate, not moving a date.
    "onward": """avancer avec | avancer ensemble | avanzar con | avanzar contigo
        | avanzar juntos""",
    # "Merci de vous présenter 15 minutes à l'avance", "llega por adelantado": beforehand.
    "beforehand": """a l'avance | d'avance | par avance | en avance | por adelantado
        | con antelacion""",
    "cancel": """cancel* | call off | called off | absag* | abgesagt | ausfall* | fallt aus | storn*
        | annul* | cancela* | anula* | suspend*""",
    "conflict": """conflict | emergency | come down with | feeling unwell
        | unavailable | out sick | fallen ill | fell ill
        | can't make it | cannot make it | won't be able to make | empechement
        | contretemps | contrainte
        | imprevu* | ne pourra pas | absenter | something's come up | something has come up
        | something came up | me ha surgido | nos ha surgido | le ha surgido | ha surgido
        | verhindert | kurzfristig | krank | imprevisto | no podra
        | no llegara | no llegaria | se ha alargado | se alargo | ran over | running late
        | no va a poder | no van a poder | esta de baja | de baja medica | con fiebre""",
    "absence": """couldn't reach you | could not reach you | didn't see you | did not see you
        | weren't able to connect | were not able to connect | unable to connect | couldn't connect
        | could not connect | no show | didn't join | did not join | didn't show | did not show
        | missed you | you missed | tried calling you | tried to call you | tried to reach you
        | waited | were waiting | voicemail | nicht erreich* | gewartet | nicht wahrgenommen
        | nicht erschienen | nicht ~9 erschienen | nicht teilgenommen | verpasst
        | nicht eingewahlt | no se ha presentado
        | no se presento | no te presentaste | no te conectaste | no se conecto | esperabamos
        | no asist* | no pudimos contactar | no conseguimos contactar
        | ne vous etes pas presente* | ne vous etes pas connecte* | absent | absente | absents
        | absentes
        | vous avons attendu* | vous attendait | vous attendaient | t'attendait | t'attendaient
        | vous attendions | t'attendions | been waiting for you | was waiting for you
        | te esperaba | le esperaba | te esperaban | le esperaban | te estaba esperando
        | le estaba esperando | te estaban esperando | le estaban esperando
        | pas pu vous joindre | n'avons pas pu vous joindre | sans nouvelles de vous
        | no record of (you|your) | no sign of you
        | you (didn't|did not) (arrive|turn up|show up|attend|come)
        | couldn't get through | could not get through | nicht angetroffen | nicht aufgetaucht
        | vous n'etes pas venu* | no llegaste | no acudi* | didn't make it | did not make it
        | missed each other | missed one another | rang the number | called the number
        | never joined | never showed | no one joined | nobody joined | weren't on | were not on
        | ne vous avons pas vu | no te vimos | no le vimos | nicht dabei | had you down
        | no te has conectado | no se ha conectado | estado esperando | haven't joined
        | intentado llamar* | estuvo esperando | estuvimos esperando
        | hasn't joined | n'avez pas rejoint | nicht eingeloggt
        | no (pudimos|conseguimos|logramos) (hablar|contactar*|localizar*)
        | called you ~4 (twice|several times|no answer|but) | rang you ~4 (twice|several times|but)
        | te llamamos ~4 (veces|pero) | le llamamos ~4 (veces|pero)
        | vous avons appele ~4 (fois|mais) | dich ~3 angerufen | sie ~3 angerufen
        | t'attendais | je vous attendais | nous vous attendions | on t'attendait
        | ne t'ai pas vu* | ne t'avons pas vu* | ne vous ai pas vu*
        | te llame ~5 (pero|y no) | le llame ~5 (pero|y no) | no contestaste | no contesto
        | no respondiste | no cogiste | te he llamado ~5 (pero|y no) | le he llamado ~5 (pero|y no)
        | no lo has cogido | no has cogido | no lo cogiste | no has contestado | tried you
        | no answer | didn't pick up | did not pick up | went unanswered | unanswered""",
    "time": """monday | tuesday | wednesday | thursday | friday | saturday | sunday | today
        | tomorrow | tonight | this morning | this afternoon | next week | montag | dienstag
        | mittwoch | donnerstag | freitag | heute | morgen | nachste woche | lundi | mardi
        | mercredi | jeudi | vendredi | aujourd'hui | demain | semaine prochaine | lunes | martes
        | miercoles | jueves | viernes | hoy | manana | proxima semana | semana que viene
        | mon | tue | tues | wed | thu | thur | thurs | fri | same time | a las | as agreed
        | as planned | como quedamos | comme convenu | wie vereinbart | wie besprochen
        | scheduled time | agreed time | appointed time | heure prevue | hora acordada
        | vereinbarten zeit*""",
    "propose": """work for you | works for you | be free | free for
        | time that works | times that work | any chance | come by | come in | drop by | lmk
        | te encaja | le encaja | hast du zeit | haben sie zeit
        | would that work | does that work | would any
        | would (monday|tuesday|wednesday|thursday|friday|tomorrow|today|next|this|that|it
        |either|any|one|the|a) ~6 (work|suit) | does (this|that|it|either|any|one|the) ~6 (work
        |suit) | suits you | suit you | convenient
        | do any | are you available | are you free | would you be available | can you do
        | could you do | could you come | can you come | how does | how about | let me know
        | please confirm | can you confirm | could you confirm | suggest | propose* | how's
        | te va bien | le va bien
        | te acomoda | le acomoda | available
        | availability | want to hop | hop on
        | pourriez vous | seriez vous | disponible* | proposez | convient | choisissez
        | podriamos | puedes | podrias | te viene | le viene | disponibilidad | te parece
        | te vendria | le vendria | te iria bien | le iria bien | te va mejor | le va mejor
        | are you around | would you be around | happy to flex
        | confirme su asistencia | hattest du | hatten sie | passt | konnten sie | konntest du
        | verfugbar* | vorschlag* | bestatigen sie | send me ~3 (times|windows|slots|dates)
        | send over ~3 (times|windows|slots|dates) | when you're free | when you are free
        | hours free | you have ~3 free""",
    "invite": """invit* | like to meet | get you in | bring you in | have you in | have you come in
        | love to meet | want to meet | wants to meet | keen to meet | like you to
        | love for you to meet | hop on
        | set up | schedule | arrange | book | move you forward | moving you forward
        | selected to move forward | next step | next round | second round | final round
        | round two | einlad* | einzulad* | kennenlernen | convoc* | rencontrer | conocer*
        | conozcas | conocieras | agendar | programar | coordinar | organiser | planifier
        | organizar | get to know you | conocernos | zweite runde | nachste runde | finale runde
        | segunda ronda
        | siguiente ronda | ronda final | deuxieme tour | prochaine etape | next stage
        | nachste schritt | siguiente paso | siguiente fase
        | podria venir | podrias venir | puede venir | puedes venir | podria pasar
        | podrias pasar""",
    "neg": """not | can't | cannot | won't | wont | didn't | isn't | aren't | weren't | wasn't
        | don't | couldn't | wouldn't | no longer | unable | nicht | kein* | pas | no | ni
        | ne ~3 plus | n'a plus | n'ai plus | n'avons plus | n'avez plus | n'ont plus
        | n'est plus | n'etes plus | n'etait plus | n'y ~2 plus""",
    "progress": """proceed* | progress* | move forward | moving forward | go forward | further
        | forward | continu* | pursu* | advanc* | consider* | verfolg* | weiterzuverfolg*
        | fortsetz* | fortzusetz* | fortgesetzt | fortfuhr* | fortzufuhr* | weiterfuhr*
        | weiterzufuhr* | berucksichtig*
        | poursuiv* | donner suite | retenu* | retenir | avancer | seguir* | avanz*""",
    "object": """application | applications | candidacy | candidature | you | your profile | process
        | bewerbung | kandidatur | ihnen | dich | dir | vous | processus | candidatura | proceso
        | postulacion | perfil | tu | usted | dossier | auswahlverfahren""",
    # "Shortlisted candidates will be contacted to arrange an interview": a process for
    # applicants in general, described in an acknowledgement.
    "others": """shortlisted candidates | successful candidates | selected candidates
        | suitable candidates | shortlisted applicants | successful applicants
        | selected applicants | suitable applicants | candidates who | applicants who
        | candidates selected | applicants selected | candidates shortlisted | those shortlisted
        | those selected | candidats retenus | candidats selectionnes | candidats preselectionnes
        | candidatos seleccionados | candidatos preseleccionados | candidaturas seleccionadas
        | ausgewahlte bewerber* | ausgewahlten bewerber* | ausgewahlte kandidat*
        | ausgewahlten kandidat* | geeignete bewerber* | geeigneten bewerber*""",
    # "Can we push to Fri?": a meeting moved to a day, the meeting itself left unsaid. A
    # German "statt" is "instead" before what it replaces, not the end of "findet ... statt",
    # unless that is "now" so ("findet nun per Video statt").
    "push": """push to | push it to | pushed to | move to | move it to | bump to | bump it to
        | shift to | shift it to | push back to | schieben auf | verschieben auf | pasarlo al
        | pasarla al | pasamos al | pasemos al | decaler a | decaler au | decale a | decale au
        | instead of | au lieu de | plutot qu'a | en lugar de | en vez de | anstatt
        | statt (am|um|des|der|dem|den|im|in|per|vor|nach|bei|online|telefonisch)
        | statt (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20)
        | nun ~8 statt | jetzt ~8 statt | doch ~8 statt""",
    "putoff": """postpone | postponed | reschedule | rescheduled | verschieben | verschoben
        | reporter | reporte | reportee | aplazar | aplazada | aplazado | posponer | pospuesta
        | pospuesto""",
    # "Incomplete applications cannot be considered": a reminder to finish, not a decision.
    "unfinished": """incomplete | unfinished | not yet submitted | unvollstandig* | incomplet*
        | incompleta | incompleto | haven't submitted | have not submitted | not been submitted
        | noch nicht abgeschickt | noch nicht abgesendet | noch nicht eingereicht
        | pas encore soumis | pas encore envoye | no has enviado | sin enviar""",
    # "We haven't filled the role yet": the role is still open.
    "notyet": """not yet | noch nicht | pas encore | aun no | todavia no | still open
        | noch offen | encore ouvert | sigue abierta | sigue abierto""",
    "hesitate": """hesitate | hesitez | hesite | hesites | zogern | dudes | dude | dudar""",
    # An opening a recruiter has, not an offer made: "tenemos una oferta que puede encajarte",
    # "nous avons une offre qui pourrait vous intéresser", "una oferta de empleo".
    "opening": """tenemos una oferta | tengo una oferta | oferta de empleo | oferta de trabajo
        | ofertas de empleo | nous avons une offre | j'ai une offre | offre d'emploi
        | offres d'emploi | une offre qui""",
    "othercand": """other candidates | another candidate | other applicants | another applicant
        | someone who | someone whose | a candidate who | another person | other people
        | another individual | other individuals
        | different candidate* | stronger candidate* | more experienced candidate*
        | another direction | a different direction | other direction
        | another finalist | other finalists | internal candidate | someone else | someone with
        | candidate whose | candidates whose | a candidate with | candidat interne | un candidat
        | une candidate | d'autres candidats | d'autres profils | profil plus | un autre profil
        | otros candidatos | otro candidato | otra candidata | otra persona | otro perfil
        | otros perfiles | perfil mas | anderen bewerber* | andere bewerber* | anderen kandidat*
        | andere kandidat* | eine andere | einen anderen | eine bewerberin | einen bewerber
        | einen kandidaten mit | eine kandidatin mit | jemanden mit | un candidat avec
        | une candidate avec | quelqu'un avec | quelqu'un qui | un candidato con | una candidata con
        | alguien con | the candidate with | the candidate who | the other candidate
        | jemanden der | jemanden die | jemand anderen | jemand anders | quelqu'un d'autre
        | quelqu'un qui | alguien que | alguien mas
        | qqn qui | qqn avec | qqn d'autre""",
    "sorrow": """unfortunately | sadly | regret* | regrettably | leider | bedauer* | malheureusement
        | regrett* | lamentablemente | desafortunadamente | desgraciadamente | por desgracia
        | sentimos | lamentamos | i'm afraid | i am afraid | we're afraid | we are afraid
        | not good news | schlechte nachricht* | pas de bonnes nouvelles | malas noticias""",
    "choice": """decid* | decision | chose* | choose | selected | select | pursue* | proceed*
        | go with | going with | move forward | moving forward | extend* | offer* | hired
        | entschieden | ausgewahlt | entscheidung | decide* | choisi | retenu | poursuivre
        | privilegi* | decidido | optado | seleccionado | elegido | continuar | seguir
        | went with | gone with | gone for | went for | opted for | settled on | landed on
        | decant* | inclinado | oriente* | se quedan con | se queda con | se quedaron con
        | nos quedamos con | nos vamos con | se van con | se fueron con | a pris | ont pris
        | avons pris""",
    "role": """position | role | vacancy | opening | job | requisition | hiring | search | spot
        | stelle | besetzung | poste | recrutement | vacante | puesto | posicion
        | proceso de seleccion | auswahlverfahren | process | processus | proceso""",
    "closed": """filled | closed | on hold | frozen | freeze | paused | cancelled | canceled
        | not be filling | won't be filling | no longer hiring | been removed from
        | besetzt | nicht zu besetzen | ist weg | schon weg | vergeben
        | nicht (mehr|neu) ~2 besetz*
        | auf eis | gestoppt | pourvu* | gele | suspendu | mis en pause | congelad* | cerrar*
        | cierre | cancelad* | suspendid* | en pausa | cerrado | cerramos | se cierra
        | se cerro""",
    "offerword": """offer | offering | offered | angebot* | anbiet* | anzubiet* | offre
        | proposition | proposer | oferta | ofrecer* | ofrecemos""",
    "comp": """salary | base | equity | bonus | compensation | start date | starting date
        | contract | paperwork | benefits | gehalt | vertrag* | arbeitsvertrag | dienstvertrag
        | konditionen | brutto | einstieg*
        | salaire | contrat | remuneration | date de debut | salario | contrato | sueldo
        | fecha de incorporacion | retribucion""",
    "join": """join us | join the team | joining us | joining the team | be joining
        | join our team | to join | welcome aboard | an bord
        | on the team | on our team | on board | aboard | you join | welcome you
        | rejoindre | nous rejoindre | unirte | incorporarte | incorporacion | sumarte""",
    "receipt": """envoi | zusendung
        | received | receipt | got your | submitted | completed your application
        | sending through | sent through | thanks for sending | thank you for sending
        | recu* | reception | erhalten | eingegangen | versendet | versandt | ubermittelt
        | eingereicht | bien envoye* | transmise | recibido | recepcion | recibimos | acuse
        | enviada correctamente | registered | registrad* | registriert | enregistre*
        | se envio | fue enviad* | enviad* con exito | successfully sent | sent successfully
        | envoyee avec succes | erfolgreich gesendet | erfolgreich abgeschickt""",
    "appdoc": """job submission
        | application | applications | cv | resume | candidacy | candidature | bewerbung
        | unterlagen | bewerbungsunterlagen | candidatura | solicitud | postulacion | dossier
        | profil | perfil""",
    "review": """review* | passed (it|them|this|your) ~2 on | pass (it|them|this|your) ~2 on
        | forwarded | look through | transmets | transmis
        | shortlist* | look at | prufen | sichten | weiterleiten | weitergeleitet | etudi*
        | examin* | valorad* | revisar* | revisaremos | evaluar* | evaluaremos | hear from
        | be in touch | get back to you | reviens vers vous | reviendrons | melden""",
}


@dataclass(frozen=True, slots=True)
class Combo:
    """Concepts that, meeting in one sentence, point to `kind` with `weight`."""

    name: str
    kind: EmailKind
    weight: float
    needs: tuple[str, ...]
    blocked_by: tuple[str, ...] = ()  # concepts that void the combo in that sentence
    assertive: bool = True  # a conditional sentence does not count
    # The weight when the concepts meet only across two sentences in a row, else 0: "We had
    # a call booked for 10:00. I could not reach you." is one thought in two sentences.
    nearby: float = 0.0
    nearby_blocked_by: tuple[str, ...] = ()  # concepts that void it across two sentences


COMBOS: tuple[Combo, ...] = (
    Combo("meeting+move", K.INTERVIEW_RESCHEDULE_OR_CANCEL, 3.0, ("meeting", "move"),
          blocked_by=("onward", "beforehand")),
    Combo("meeting+cancel", K.INTERVIEW_RESCHEDULE_OR_CANCEL, 3.0, ("meeting", "cancel")),
    Combo("meeting+conflict", K.INTERVIEW_RESCHEDULE_OR_CANCEL, 2.5, ("meeting", "conflict")),
    # Across two sentences, a meeting being set up or offered ("let's schedule a call", "are
    # you free for a call?") is no missed one.
    Combo("absence+meeting", K.MISSED_INTERVIEW_NOTICE, 3.5, ("absence", "meeting"),
          nearby=2.5, nearby_blocked_by=("invite", "propose")),
    Combo("absence+time", K.MISSED_INTERVIEW_NOTICE, 3.0, ("absence", "time"),
          nearby=2.0, nearby_blocked_by=("invite", "propose")),
    # ... not a negated one: "we won't be inviting you to interview".
    Combo("meeting+invite", K.INTERVIEW_INVITATION, 2.5, ("meeting", "invite"),
          blocked_by=("others", "neg")),
    Combo("meeting+propose", K.INTERVIEW_INVITATION, 2.5, ("meeting", "propose"),
          blocked_by=("others",)),
    Combo("time+propose", K.INTERVIEW_INVITATION, 1.5, ("time", "propose")),
    Combo("time+push", K.INTERVIEW_RESCHEDULE_OR_CANCEL, 2.0, ("time", "push"),
          blocked_by=("invite",)),
    Combo("not+progress+you", K.REJECTION, 3.0, ("neg", "progress", "object"),
          blocked_by=("hesitate", "unfinished")),
    Combo("other candidate chosen", K.REJECTION, 3.0, ("othercand", "choice")),
    # "Campus is closed today and your demonstration for the position must be postponed":
    # a building closed, and a meeting put off, is no closed role.
    Combo("role closed", K.REJECTION, 2.5, ("role", "closed"), blocked_by=("notyet", "putoff")),
    # "Unfortunately, we have decided ...": a regretted decision is the core of a rejection
    # in every register; the decision's object is often left unsaid.
    Combo("regretted decision", K.REJECTION, 2.0, ("sorrow", "choice")),
    # An offer says what it is, then what it holds, often in the next sentence.
    # ... not refused: "nous ne sommes pas en mesure de vous proposer ce contrat".
    Combo("offer+terms", K.OFFER, 3.0, ("offerword", "comp"), blocked_by=("neg", "opening"),
          nearby=2.0),
    Combo("join+terms", K.OFFER, 3.0, ("join", "comp"), blocked_by=("opening",), nearby=2.0),
    Combo("received+application", K.APPLICATION_RECEIVED, 2.5, ("receipt", "appdoc"),
          blocked_by=("unfinished",), assertive=False, nearby=1.5),
    Combo("review+application", K.APPLICATION_RECEIVED, 1.5, ("review", "appdoc"),
          assertive=False, nearby=1.0),
)

# Words that make a sentence hypothetical (folded). "if you have not heard from us, assume
# your application was unsuccessful" and "sans réponse de notre part" defer a decision.
# "caso" only as "en caso de": "tras el caso práctico" is a case study, no condition.
HYPOTHETICAL = frozenset({
    "if", "should", "unless", "whether", "otherwise", "once", "assume", "falls", "wenn", "wenn's",
    "sollte", "sollten", "sobald", "ausgehen", "ohne", "si", "sans", "lorsque", "caso", "sin",
    "faute",
    # "wir geben Ihnen Bescheid, ob wir Sie zu einem Gespräch einladen": whether, not that.
    "ob",
})
# A clock time ("10:30", "3pm", "14 Uhr", "10h30") never spans a sentence end, so one scan of
# the whole text places each in its sentence. Its left word edge is checked in `_clocks`: a
# pattern that starts with a digit, not an assertion, lets the engine scan fast.
# Verbs after which "if" and "si" mean "whether": "they asked if we can move your interview"
# reports a request, it sets no condition.
_WHETHER_AFTER = frozenset({
    "asked", "ask", "asking", "asks", "wondering", "wonder", "wondered", "see", "know",
    "check", "checking", "demande", "demandent", "preguntan", "preguntado", "saber",
    "fragt", "fragen", "gefragt", "fragte", "frage",
})


def hypothetical(words: list[str]) -> bool:
    """Whether a sentence's words (folded) open a condition."""
    if HYPOTHETICAL.isdisjoint(words):
        return False  # most sentences: one set test instead of a look at every word
    return any(
        word in HYPOTHETICAL
        and not (word in ("if", "si", "ob") and index and words[index - 1] in _WHETHER_AFTER)
        and not (word == "caso" and (not index or words[index - 1] != "en"))
        and not (word in _WITHOUT and _OURS.isdisjoint(words[index + 1 : index + 5]))
        for index, word in enumerate(words)
    )


# "sans réponse de notre part" (or "faute de réponse de notre part") defers a decision; "sans
# nouvelles de votre part" states one.
_WITHOUT = frozenset({"sans", "sin", "faute"})
_OURS = frozenset({"notre", "nous", "nuestra", "nuestro", "nosotros", "nuestros", "nuestras"})


# "\d{1,2}(?::\d{2})?[^\S\n]?(?:am|pm|uhr|h\d{0,2})\b|\d{1,2}:\d{2}\b" with the first digit
# of both options taken out in front: the engine skips to a digit only when the pattern
# itself starts with one, not with a choice (4 times faster over a mail; same matches).
_CLOCK = re.compile(r"\d(?:\d?(?::\d{2})?[^\S\n]?(?:am|pm|uhr|h\d{0,2})\b|\d?:\d{2}\b)")
_WORD_CHAR = re.compile(r"\w")
# A sentence ends at . ! ? or a line end; not at the dot of a German or Scandinavian day
# ("am 14. April"), nor inside a word ("example.com", "z.b").
_SENTENCE = re.compile(r"(?:[^.!?\n]+|\.(?=\w)|(?:(?<=\b\d)|(?<=\b\d\d))\.(?=[^\S\n]+\w))+")
_WORD = re.compile(r"[\w']++")  # possessive: as `phrases._WORD_RE`


# Every word list the classifier looks up, found in one pass over a message's words.
INDEX = WordIndex({
    **_CONCEPT_WORDS, "meaning": lexicon.OTHER_MEANING_WORDS,
    "world": lexicon.OTHER_WORLD_ONLY_WORDS, "job": lexicon.JOB_WORDS,
})

Hits = dict[str, list[tuple[int, str]]]


@dataclass(frozen=True, slots=True)
class Hit:
    combo: Combo
    sentence: str
    weight: float
    name: str  # the combo's name, marked when its concepts met in two sentences


def _sentences(text: str) -> tuple[list[int], list[str]]:
    starts, sentences = [], []
    for match in _SENTENCE.finditer(text):
        starts.append(match.start())
        sentences.append(match.group(0))
    return starts, sentences


def _clocks(text: str) -> Iterator[int]:
    """Where each clock time in `text` starts."""
    position = 0
    while match := _CLOCK.search(text, position):
        start = match.start()
        if start == 0 or not _WORD_CHAR.match(text, start - 1):
            yield start
            position = match.end()
        else:
            position = start + 1


def combos_in(text: str, hits: Hits) -> list[Hit]:
    """Every combo whose concepts meet in one sentence of folded `text` (first sentence each).

    Args:
        hits: `INDEX.find(text)`, computed once per text by the caller.
    """
    names = set(hits) | {"time"}
    wanted = [c for c in COMBOS if names.issuperset(c.needs)]
    clocks = list(_clocks(text)) if any("time" in c.needs for c in wanted) else []
    if "time" not in hits and not clocks:
        wanted = [c for c in wanted if "time" not in c.needs]
    if not wanted:  # most mail: no two concepts that could meet at all
        return []
    starts, sentences = _sentences(text)
    present: dict[int, set[str]] = defaultdict(set)
    for name, found in hits.items():
        for position, _ in found:
            present[bisect.bisect_right(starts, position) - 1].add(name)
    for position in clocks:
        present[bisect.bisect_right(starts, position) - 1].add("time")
    order = sorted(present)
    pairs = [index for index in order if len(present[index]) >= 2]  # where two can meet
    conditions: dict[int, bool] = {}

    def conditional(index: int) -> bool:
        """Whether sentence `index` opens a condition: read once, however many combos ask."""
        found = conditions.get(index)
        if found is None:
            found = conditions[index] = hypothetical(_WORD.findall(sentences[index]))
        return found

    result: list[Hit] = []
    for combo in wanted:
        hit = _first(combo, pairs, present, sentences, conditional, nearby=False)
        if hit is None and combo.nearby:
            hit = _first(combo, order, present, sentences, conditional, nearby=True)
        if hit is not None:
            result.append(hit)
    return result


def _first(
    combo: Combo,
    order: list[int],
    present: dict[int, set[str]],
    sentences: list[str],
    conditional: Callable[[int], bool],
    *,
    nearby: bool,
) -> Hit | None:
    """The first sentence (with the one before it, when `nearby`) where `combo` holds.

    Args:
        conditional: whether a sentence, by index, opens a condition (`hypothetical`).
    """
    for index in order:
        concepts = present[index]
        lines = [index]
        if nearby and index - 1 in present:
            concepts = concepts | present[index - 1]
            lines.insert(0, index - 1)
        if not concepts.issuperset(combo.needs):
            continue
        blocks = (*combo.blocked_by, *combo.nearby_blocked_by) if nearby else combo.blocked_by
        if any(block in concepts for block in blocks):
            continue
        if combo.assertive and any(conditional(line) for line in lines):
            continue
        if nearby:
            return Hit(combo, sentences[index].strip(), combo.nearby, combo.name + " (nearby)")
        return Hit(combo, sentences[index].strip(), combo.weight, combo.name)
    return None
