"""Threads: one employer's mail over time, with replies quoting the earlier messages.

Sonnwald (drugstore chain, Leipzig) ends in an offer; Frischflitzer (grocery-delivery
start-up, Berlin, hubs in Valencia and Lille) ends in offers; Lumeo Fashion, Wohnlich, Stitchly,
Arvelle Sport, Farmalevante, Elbversand, Gipfelsport end in a no; Brückner Personal
(Personalvermittler) and Hallbeck Retail Search (head-hunter) relay clients.
"""

from __future__ import annotations

from msgs351_common import (
    CAND,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    M,
    Spec,
    html_shell,
    sig,
)

ME = CAND
JANA = ("Jana Kühnert", "jana.kuehnert@sonnwald.example.de")
SONNWALD_SIG = sig("Jana Kühnert", "Recruiting & Talent Acquisition",
                   "Sonnwald Drogeriemärkte GmbH", "Prager Straße 118, 04317 Leipzig",
                   "Tel. +49 341 555 2210")
PRIYA = ("Priya Raman", "priya@frischflitzer.example.de")
SVENJA = ("Svenja Adomeit", "svenja.adomeit@lumeo.example.de")
KATHARINA = ("Katharina Pölzl", "katharina.poelzl@wohnlich.example.at")
TOMAS = ("Tomáš Novotný", "tomas.novotny@stitchly.example.cz")
CAMILLE = ("Camille Dufresnoy", "camille.dufresnoy@arvelle.example.fr")
NURIA = ("Nuria Castelló", "nuria.castello@farmalevante.example.es")
RONNY = ("Ronny Lehmann", "r.lehmann@elbversand.example.de")
DOREEN = ("Doreen Fiebig", "d.fiebig@brueckner-personal.example.de")
OLIVER = ("Oliver Hallbeck", "oliver.hallbeck@hallbeck-search.example.de")

_s_ack_text = """Sehr geehrte Frau Vasquez-Lindholm,

vielen Dank für Ihre Bewerbung als Teamleitung E-Commerce Operations (m/w/d) bei Sonnwald.
Ihre Unterlagen sind vollständig bei uns eingegangen.

Unser Recruiting-Team sieht sich Ihre Bewerbung in den nächsten zwei Wochen genau an. Den
aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Recruiting-Team von Sonnwald

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""

_f_ack_html = html_shell(
    """Hi Henrike,

Thanks for applying for <b>Operations Lead, Leipzig Hub</b> at Frischflitzer! We got your
application and our team is reviewing it now.

We read every application ourselves, so this can take up to ten working days. If you're a fit
for the next step, someone from the People team will reach out directly.

Cheers,
The Frischflitzer People Team""",
    brand="Frischflitzer", color="#2a9d8f",
    footer="Sent via Ashby on behalf of Frischflitzer. Please do not reply to this address.")

SPECS: list[Spec] = [
    # ---------------------------------------------------------------- Sonnwald (offer)
    M("sonnwald_ack", "application_received", "de", "Sonnwald", "",
      ("Sonnwald Karriere", "noreply@softgarden.io"),
      "Ihre Bewerbung bei Sonnwald: Teamleitung E-Commerce Operations (m/w/d)",
      "2026-01-19 10:02 +0100", _s_ack_text, fmt="alt",
      html=html_shell(_s_ack_text, brand="Sonnwald", color="#e9c46a"),
      cte="quoted-printable"),
    M("sonnwald_invite", "interview_invitation", "de", "Sonnwald",
      "jana.kuehnert@sonnwald.example.de",
      JANA, "Einladung zum Vorstellungsgespräch – Teamleitung E-Commerce Operations",
      "2026-02-03 14:20 +0100",
      """Liebe Frau Vasquez-Lindholm,

Ihre Bewerbung hat uns neugierig gemacht, und wir möchten Sie gern persönlich kennenlernen.
Wir laden Sie herzlich zu einem ersten Gespräch in unsere Zentrale ein:

Donnerstag, 12. Februar 2026, 10:00–11:00 Uhr
Sonnwald Zentrale, Prager Straße 118, 04317 Leipzig, Empfang Haus B

Sie sprechen mit Herrn Thomas Reinhold (Leitung E-Commerce) und mir. Eine Kalendereinladung
hängt an; bitte bestätigen Sie kurz, ob der Termin für Sie passt.

Herzliche Grüße aus Leipzig
""" + SONNWALD_SIG,
      ics={"uid": "sw-2026-0212-vl@sonnwald.example.de", "seq": 0, "start": "2026-02-12 10:00",
           "summary": "Vorstellungsgespräch Sonnwald – H. Vasquez-Lindholm",
           "location": "Prager Straße 118, Leipzig", "organizer": JANA}),
    M("sonnwald_own_confirm", "other", "de", "", "", ME,
      "Re: Einladung zum Vorstellungsgespräch – Teamleitung E-Commerce Operations",
      "2026-02-03 18:45 +0100",
      """Liebe Frau Kühnert,

vielen Dank für die Einladung, darüber freue ich mich sehr. Den Termin am 12. Februar um
10 Uhr bestätige ich gern.

Viele Grüße
Henrike Vasquez-Lindholm
""", parent="sonnwald_invite", quote="de"),
    M("sonnwald_move", "interview_reschedule_or_cancel", "de", "Sonnwald",
      "jana.kuehnert@sonnwald.example.de", JANA,
      "AW: Einladung zum Vorstellungsgespräch – Teamleitung E-Commerce Operations",
      "2026-02-09 08:55 +0100",
      """Liebe Frau Vasquez-Lindholm,

leider muss ich unser Gespräch am Donnerstag verschieben: Herr Reinhold ist an dem Tag kurzfristig
in unserem Logistikzentrum in Radefeld gebunden. Ginge stattdessen Freitag, 13. Februar, um
14:00 Uhr? Ort und Ablauf bleiben gleich, die aktualisierte Einladung kommt mit dieser Mail.

Entschuldigen Sie bitte die Umstände.

Herzliche Grüße
Jana Kühnert
""", parent="sonnwald_own_confirm", quote="de",
      ics={"uid": "sw-2026-0212-vl@sonnwald.example.de", "seq": 1, "start": "2026-02-13 14:00",
           "summary": "Vorstellungsgespräch Sonnwald – H. Vasquez-Lindholm (neuer Termin)",
           "location": "Prager Straße 118, Leipzig", "organizer": JANA}),
    M("sonnwald_own_thanks", "other", "de", "", "", ME,
      "Danke für das Gespräch heute", "2026-02-13 17:30 +0100",
      """Liebe Frau Kühnert, lieber Herr Reinhold,

herzlichen Dank für das offene Gespräch heute Nachmittag. Besonders die Pläne für den
Click-&-Collect-Ausbau in den Filialen haben mich begeistert – genau dort sehe ich meine
Erfahrung aus zwölf Jahren Filialleitung.

Ich freue mich, von Ihnen zu hören.

Herzliche Grüße
Henrike Vasquez-Lindholm
""", to=[JANA, ("Thomas Reinhold", "thomas.reinhold@sonnwald.example.de")]),
    M("sonnwald_trialday", "interview_invitation", "de", "Sonnwald",
      "jana.kuehnert@sonnwald.example.de", JANA,
      "AW: Danke für das Gespräch heute", "2026-02-20 11:12 +0100",
      """Liebe Frau Vasquez-Lindholm,

danke für Ihre nette Nachricht – der Eindruck war ganz gegenseitig! Als nächsten Schritt
möchten wir Sie zu einem Hospitationstag einladen: vormittags im Fulfillment-Center Radefeld,
nachmittags in unserer Filiale Leipzig-Gohlis, wo wir Ship-from-Store testen.

Vorschlag: Mittwoch, 4. März 2026, 8:30 bis ca. 15:30 Uhr. Fahrtkosten erstatten wir
selbstverständlich. Passt Ihnen das?

Herzliche Grüße
Jana Kühnert
""", parent="sonnwald_own_thanks", quote="de"),
    M("sonnwald_offer_call", "offer", "de", "Sonnwald", "jana.kuehnert@sonnwald.example.de",
      ("Thomas Reinhold", "thomas.reinhold@sonnwald.example.de"),
      "Unser Angebot – wie eben telefonisch besprochen", "2026-03-06 16:05 +0100",
      """Liebe Frau Vasquez-Lindholm,

wie eben am Telefon besprochen, möchte ich es Ihnen auch schriftlich sagen: Wir würden Sie sehr
gern als Teamleitung E-Commerce Operations bei Sonnwald an Bord holen!

Die Eckdaten (Start 1. Mai, Jahresgehalt 62.000 € plus Bonus, 30 Urlaubstage, hybrides Arbeiten
zwei Tage pro Woche) fasst Ihnen Frau Kühnert in den nächsten Tagen im Angebotsschreiben
zusammen. Für Rückfragen zum Vertrag ist sie Ihre Ansprechpartnerin – daher steht sie auch im
Reply-To.

Beste Grüße
Thomas Reinhold
Leitung E-Commerce | Sonnwald
""", reply_to=JANA, cc=[JANA]),
    M("sonnwald_offer_letter", "offer", "de", "Sonnwald", "jana.kuehnert@sonnwald.example.de",
      JANA, "Ihr Angebot: Teamleitung E-Commerce Operations bei Sonnwald",
      "2026-03-10 09:40 +0100",
      """Liebe Frau Vasquez-Lindholm,

anbei erhalten Sie unser Angebotsschreiben für die Position Teamleitung E-Commerce Operations
(m/w/d). Wir würden uns freuen, wenn Sie uns bis zum 20. März Bescheid geben.

Falls Sie Fragen zu Gehalt, Dienstwagenregelung oder Startdatum haben, melden Sie sich jederzeit.

Herzliche Grüße
""" + SONNWALD_SIG + DISCLAIMER_DE,
      attach=[("Angebot_Sonnwald_Vasquez-Lindholm.pdf", "Sonnwald - Angebotsschreiben",
               ["Position: Teamleitung E-Commerce Operations (m/w/d)",
                "Eintritt: 01.05.2026", "Jahresgehalt: 62.000 EUR brutto zzgl. Bonus",
                "Urlaub: 30 Tage", "Bitte Rueckmeldung bis 20.03.2026"])]),
    M("sonnwald_own_question", "other", "de", "", "", ME,
      "AW: Ihr Angebot: Teamleitung E-Commerce Operations bei Sonnwald",
      "2026-03-11 20:14 +0100",
      """Liebe Frau Kühnert,

vielen Dank für das Angebot, ich habe mich sehr gefreut. Zwei Fragen habe ich noch: Wäre ein
Start zum 15. Mai möglich (meine Kündigungsfrist endet am 14.)? Und könnten wir über das
Fixgehalt noch einmal sprechen – 65.000 € würden meiner bisherigen Verantwortung besser entsprechen.

Viele Grüße
Henrike Vasquez-Lindholm
""", parent="sonnwald_offer_letter", quote="outlook-de", to=[JANA]),
    M("sonnwald_offer_revised", "offer", "de", "Sonnwald", "jana.kuehnert@sonnwald.example.de",
      JANA, "AW: AW: Ihr Angebot: Teamleitung E-Commerce Operations bei Sonnwald",
      "2026-03-13 13:22 +0100",
      """Liebe Frau Vasquez-Lindholm,

gute Nachrichten: Wir kommen Ihnen entgegen. Anbei das angepasste Angebot mit Start am
15. Mai 2026 und einem Fixgehalt von 64.500 € brutto im Jahr; Bonus und Urlaub bleiben wie
besprochen.

Wenn das für Sie passt, schicken wir Ihnen den Arbeitsvertrag zur Unterschrift.

Herzliche Grüße
Jana Kühnert
""", parent="sonnwald_own_question", quote="outlook-de",
      attach=[("Angebot_Sonnwald_v2.pdf", "Sonnwald - Angepasstes Angebot",
               ["Eintritt: 15.05.2026", "Jahresgehalt: 64.500 EUR brutto",
                "Bonus und Urlaub unveraendert"])]),
    M("sonnwald_contract", "offer", "de", "Sonnwald", "birgit.oschatz@sonnwald.example.de",
      ("Birgit Oschatz", "birgit.oschatz@sonnwald.example.de"),
      "Arbeitsvertrag zur Unterschrift – Vasquez-Lindholm", "2026-03-17 10:30 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

wir freuen uns, dass Sie unser Angebot annehmen möchten. Anbei erhalten Sie Ihren
Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden
Sie eines bis zum 27. März an uns zurück – gern auch eingescannt per Mail.

Mit freundlichen Grüßen
Birgit Oschatz
Personalabteilung | Sonnwald Drogeriemärkte GmbH
Prager Straße 118, 04317 Leipzig | Tel. +49 341 555 2230
""" + DISCLAIMER_DE, charset="windows-1252", cte="quoted-printable",
      attach=[("Arbeitsvertrag_Vasquez-Lindholm.pdf", "Arbeitsvertrag",
               ["zwischen Sonnwald Drogeriemaerkte GmbH und Henrike Vasquez-Lindholm",
                "Taetigkeit: Teamleitung E-Commerce Operations", "Beginn: 15.05.2026"])]),

    # ---------------------------------------------------------------- Frischflitzer (offers)
    M("frischflitzer_ack", "application_received", "en", "Frischflitzer", "",
      ("Frischflitzer", "no-reply@ashbyhq.com"),
      "Thanks for applying to Frischflitzer!", "2026-04-02 11:14 +0200", "",
      fmt="html", html=_f_ack_html),
    M("frischflitzer_invite", "interview_invitation", "en", "Frischflitzer",
      "priya@frischflitzer.example.de", ("Priya Raman via Ashby", "no-reply@ashbyhq.com"),
      "Let's chat! Operations Lead, Leipzig Hub", "2026-04-08 15:31 +0200",
      """Hi Henrike,

I'm Priya, Talent Partner at Frischflitzer. I loved reading about how you cut stock-outs at your
store with a simple shelf-scan routine - that's exactly the kind of thinking our hubs need.

Would you be up for a 30-minute intro call on Google Meet? Just grab any slot that works for you
here: https://jobs.ashbyhq.com/frischflitzer/schedule/8c1f-intro

Talk soon,
Priya
""", reply_to=PRIYA, fmt="alt",
      html=html_shell("""Hi Henrike,

I'm Priya, Talent Partner at Frischflitzer. I loved reading about how you cut stock-outs at
your store with a simple shelf-scan routine - that's exactly the kind of thinking our hubs need.

Would you be up for a 30-minute intro call on Google Meet? Just grab any slot that works for
you: <a href="https://jobs.ashbyhq.com/frischflitzer/schedule/8c1f-intro">pick a time</a>

Talk soon,
Priya""")),
    M("frischflitzer_move", "interview_reschedule_or_cancel", "en", "Frischflitzer",
      "priya@frischflitzer.example.de", PRIYA,
      "RE: Let's chat! Operations Lead, Leipzig Hub", "2026-04-13 09:02 +0200",
      """Hi Henrike,

Really sorry - our hiring manager Jonas got pulled into a warehouse launch in Hamburg on
Tuesday, so I need to move our call from Tue 14 April, 10:00. Could you do Thursday 16 April at
10:00 or 15:30 instead? Same Meet link.

Apologies for the shuffle!
Priya

Priya Raman | Talent Partner | Frischflitzer
Schlesische Str. 27, 10997 Berlin
""", parent="frischflitzer_invite", quote="outlook"),
    M("frischflitzer_own_reply", "other", "en", "", "", ME,
      "RE: Let's chat! Operations Lead, Leipzig Hub", "2026-04-13 12:47 +0200",
      """Hi Priya,

No problem at all. Thursday at 15:30 suits me best - I'll be on the floor in the morning.
Looking forward to meeting Jonas!

Best,
Henrike
""", parent="frischflitzer_move", quote="en", to=[PRIYA]),
    M("frischflitzer_case", "interview_invitation", "en", "Frischflitzer",
      "priya@frischflitzer.example.de", PRIYA,
      "Next step: hub visit + case study (Leipzig)", "2026-04-22 17:50 +0200",
      """Hi Henrike,

Great news - Jonas enjoyed your conversation and we'd love to invite you to the final round:
a visit to our Leipzig hub (Torgauer Str. 290) followed by a 45-minute case presentation on
reducing picking errors during the evening peak.

Date: Wednesday 29 April, 13:00-16:00 (invite attached)
You'll meet Jonas Weibel (Head of Hub Ops) and Mira Schaaf (COO).

The case brief follows on Friday. Shout if anything is unclear!

Priya
""", ics={"uid": "ff-final-0429@frischflitzer.example.de", "seq": 0,
           "start": "2026-04-29 13:00", "minutes": 180,
           "summary": "Frischflitzer final round - Henrike Vasquez-Lindholm",
           "location": "Frischflitzer Hub, Torgauer Str. 290, Leipzig", "organizer": PRIYA},
      cte="7bit"),
    M("frischflitzer_offer_call", "offer", "en", "Frischflitzer", "mira@frischflitzer.example.de",
      ("Mira Schaaf", "mira@frischflitzer.example.de"),
      "Welcome aboard (almost)!", "2026-05-04 19:20 +0200",
      """Hi Henrike,

As promised on the phone earlier: we'd be thrilled to have you join Frischflitzer as Operations
Lead for our Leipzig hub. You really stood out in the case round - your evening-peak plan is
already being discussed by the team.

Priya will send the written offer with all the numbers tomorrow. Take the time you need, and
call me directly if you want to talk anything through: +49 30 555 91 04.

Mira
COO, Frischflitzer
""", cc=[PRIYA]),
    M("frischflitzer_offer_letter", "offer", "en", "Frischflitzer",
      "priya@frischflitzer.example.de", PRIYA,
      "Your offer from Frischflitzer", "2026-05-05 10:45 +0200",
      """Hi Henrike,

Attached is your offer for the Operations Lead, Leipzig Hub role:

- start date: 1 July 2026
- base salary: EUR 66,000 gross per year + 0.05% virtual share options
- 28 days holiday, Urban Sports membership, free groceries up to EUR 80 a month

The offer is valid until 15 May. Once you say yes, our People team sends the contract through
Personio for e-signature.

Best,
Priya
""" + DISCLAIMER_EN,
      attach=[("Frischflitzer_Offer_Vasquez-Lindholm.pdf", "Frischflitzer - Offer of Employment",
               ["Role: Operations Lead, Leipzig Hub", "Start: 1 July 2026",
                "Base salary: EUR 66,000 per year", "Valid until: 15 May 2026"])],
      cte="base64"),
    M("frischflitzer_contract", "offer", "de", "Frischflitzer", "",
      ("Frischflitzer HR", "noreply@personio.de"),
      "Ihr Arbeitsvertrag wartet auf Ihre Unterschrift", "2026-05-12 08:03 +0200",
      "",
      fmt="html", html=html_shell("""Hallo Henrike Vasquez-Lindholm,

Frischflitzer hat Ihnen ein Dokument zur elektronischen Unterschrift gesendet:
<b>Arbeitsvertrag – Operations Lead Leipzig Hub</b>

Bitte prüfen und unterzeichnen Sie den Vertrag bis zum 19.05.2026 über den folgenden Link:
<a href="https://frischflitzer.personio.de/sign/5b3e9a">Dokument öffnen und unterschreiben</a>

Diese E-Mail wurde automatisch von Personio im Auftrag von Frischflitzer versendet.""",
                                  brand="Frischflitzer", color="#2a9d8f"),
      html_cte="base64"),
    M("frischflitzer_es_invite", "interview_invitation", "es", "Frischflitzer",
      "lucia.ferrer@frischflitzer.example.es", ("Lucía Ferrer",
      "lucia.ferrer@frischflitzer.example.es"),
      "Entrevista – Responsable de Hub Valencia", "2026-08-26 12:10 +0200",
      """Hola Henrike:

Soy Lucía, de Personas en Frischflitzer Valencia. Mis compañeros de Leipzig me han hablado
muy bien de ti y, ahora que abrimos nuestro hub en Valencia, nos gustaría conocerte para el
puesto de Responsable de Hub.

¿Te va bien una videollamada el martes 1 de septiembre a las 10:00? Te mando la invitación
de Google Meet en cuanto me confirmes.

Un saludo,
Lucía Ferrer
Frischflitzer Valencia · Carrer de Sant Vicent Màrtir 140, 46007 València
""", name_enc=("b", "utf-8"), subj_enc=("q", "utf-8")),
    M("frischflitzer_es_offer", "offer", "es", "Frischflitzer",
      "lucia.ferrer@frischflitzer.example.es", ("Lucía Ferrer",
      "lucia.ferrer@frischflitzer.example.es"),
      "Oferta: Responsable de Hub Valencia", "2026-09-14 17:35 +0200",
      """Hola Henrike:

¡Enhorabuena! Después de las entrevistas con Sergi y con nuestro director de operaciones,
queremos ofrecerte el puesto de Responsable de Hub en Valencia.

Condiciones principales: contrato indefinido, 48.000 € brutos anuales, incorporación el
2 de noviembre y ayuda de 3.000 € para la mudanza. Te adjunto la carta de oferta con el detalle.

Quedo a tu disposición para cualquier duda.

Un abrazo,
Lucía
""" + DISCLAIMER_ES, charset="windows-1252", cte="quoted-printable",
      attach=[("Carta_oferta_Frischflitzer.pdf", "Frischflitzer Valencia - Carta de oferta",
               ["Puesto: Responsable de Hub Valencia", "Salario: 48.000 EUR brutos anuales",
                "Incorporacion: 2 de noviembre de 2026"])]),
    M("frischflitzer_es_contract", "offer", "es", "Frischflitzer",
      "sergi.llopis@frischflitzer.example.es", ("Sergi Llopis",
      "sergi.llopis@frischflitzer.example.es"),
      "RE: Oferta: Responsable de Hub Valencia", "2026-09-22 09:15 +0200",
      """Hola Henrike,

Qué alegría que aceptes. Te envío el contrato para que lo firmes: puedes devolvérmelo escaneado
antes del viernes 2 de octubre. Si prefieres firmarlo en persona cuando vengas a ver pisos,
también nos vale.

Sergi Llopis
Director de Operaciones · Frischflitzer Valencia
""", parent="frischflitzer_es_offer", quote="es",
      attach=[("Contrato_Vasquez-Lindholm.pdf", "Contrato de trabajo",
               ["Empresa: Frischflitzer Valencia", "Trabajadora: Henrike Vasquez-Lindholm",
                "Inicio: 2 de noviembre de 2026"])]),
    M("frischflitzer_fr_invite", "interview_invitation", "fr", "Frischflitzer",
      "theo.marchal@frischflitzer.example.fr", ("Théo Marchal",
      "theo.marchal@frischflitzer.example.fr"),
      "Frischflitzer Lille – échange pour le poste de responsable d'entrepôt",
      "2026-07-02 10:05 +0200",
      """Bonjour Henrike,

Je suis Théo, responsable du recrutement pour notre nouveau hub de Lille. Votre profil nous a
été transmis par l'équipe de Berlin et nous aimerions vous rencontrer en visio.

Seriez-vous disponible le jeudi 9 juillet à 14 h ? L'entretien dure environ 45 minutes, avec
moi et Hélène Vasseur, directrice du site.

Bien cordialement,
Théo Marchal
Frischflitzer France · 12 rue de Tournai, 59000 Lille
""", subj_enc=("b", "utf-8")),
    M("frischflitzer_fr_offer", "offer", "fr", "Frischflitzer",
      "theo.marchal@frischflitzer.example.fr", ("Théo Marchal",
      "theo.marchal@frischflitzer.example.fr"),
      "Proposition d'embauche – Responsable de hub, Lille", "2026-07-21 18:02 +0200",
      """Bonjour Henrike,

Suite à vos entretiens avec Hélène et moi, j'ai le plaisir de vous proposer le poste de
Responsable de hub à Lille, en CDI, à partir du 1er octobre 2026, pour une rémunération annuelle
brute de 46 000 € plus prime sur objectifs.

Vous trouverez la promesse d'embauche en pièce jointe. Nous attendons votre réponse d'ici le
31 juillet.

Au plaisir de travailler ensemble,
Théo
""" + DISCLAIMER_FR, parent="frischflitzer_fr_invite", quote="fr",
      attach=[("Promesse_embauche_Frischflitzer.pdf", "Frischflitzer France - Promesse d'embauche",
               ["Poste : Responsable de hub, Lille (CDI)", "Debut : 1er octobre 2026",
                "Remuneration : 46 000 EUR bruts annuels"])]),

    # ---------------------------------------------------------------- Lumeo Fashion
    M("lumeo_ack", "application_received", "de", "Lumeo Fashion", "",
      ("Lumeo Fashion", "no-reply@greenhouse-mail.io"),
      "Danke für deine Bewerbung bei Lumeo Fashion", "2026-01-12 07:58 +0000",
      """Hallo Henrike,

danke, dass du dich als Senior Specialist Returns & Marketplace Operations bei Lumeo Fashion
beworben hast! Deine Unterlagen sind bei uns angekommen.

Wir bekommen gerade sehr viele Bewerbungen und können leider nicht jeder Person einzeln
antworten. Sobald wir wissen, ob es mit einem Gespräch weitergeht, melden wir uns bei dir.

Liebe Grüße
Dein Lumeo Talent Team
""", cte="base64"),
    M("lumeo_invite", "interview_invitation", "de", "Lumeo Fashion",
      "svenja.adomeit@lumeo.example.de", ("Svenja Adomeit via Greenhouse",
      "no-reply@greenhouse-mail.io"),
      "Lumeo Fashion – Einladung zum Video-Interview", "2026-01-26 13:37 +0100",
      """Hallo Henrike,

wir würden dich gern besser kennenlernen! Ich lade dich zu einem 45-minütigen Video-Interview
mit mir und Lars aus dem Returns-Team ein.

Wann: Dienstag, 3. Februar 2026, 11:00 Uhr
Wo: Zoom – https://lumeo.zoom.example.de/j/84422190

Falls der Termin nicht passt, antworte einfach auf diese Mail.

Bis bald
Svenja
Talent Acquisition | Lumeo Fashion | Köpenicker Str. 154, 10997 Berlin
""", reply_to=SVENJA),
    M("lumeo_cancel", "interview_reschedule_or_cancel", "de", "Lumeo Fashion",
      "svenja.adomeit@lumeo.example.de", SVENJA,
      "Re: Lumeo Fashion – Einladung zum Video-Interview", "2026-02-02 16:48 +0100",
      """Hallo Henrike,

leider müssen wir unser Interview morgen um 11 Uhr absagen – Lars ist krank geworden. Das tut
mir sehr leid! Ich melde mich bis Donnerstag mit neuen Terminvorschlägen bei dir. Deine
Bewerbung läuft ganz normal weiter.

Viele Grüße
Svenja
""", parent="lumeo_invite", quote="de",
      ics={"uid": "gh-lumeo-88421@lumeo.example.de", "seq": 1, "method": "CANCEL",
           "start": "2026-02-03 11:00", "minutes": 45,
           "summary": "Video-Interview Lumeo Fashion", "organizer": SVENJA}),
    M("lumeo_invite_new", "interview_invitation", "de", "Lumeo Fashion",
      "svenja.adomeit@lumeo.example.de", SVENJA,
      "Neuer Termin: Video-Interview Lumeo Fashion", "2026-02-05 10:20 +0100",
      """Hallo Henrike,

wie versprochen hier der neue Termin für unser Video-Interview: Montag, 9. Februar, 15:30 Uhr,
wieder über Zoom (gleicher Link). Lars ist wieder fit und freut sich auf dich.

Die Kalendereinladung hängt an.

Liebe Grüße
Svenja
""", ics={"uid": "gh-lumeo-88421@lumeo.example.de", "seq": 2, "start": "2026-02-09 15:30",
          "minutes": 45, "summary": "Video-Interview Lumeo Fashion",
          "location": "https://lumeo.zoom.example.de/j/84422190", "organizer": SVENJA}),
    M("lumeo_reject", "rejection", "de", "Lumeo Fashion", "svenja.adomeit@lumeo.example.de",
      SVENJA, "Deine Bewerbung bei Lumeo Fashion", "2026-02-24 12:05 +0100",
      """Hallo Henrike,

nochmals danke für das angenehme Gespräch mit Lars und mir. Wir haben uns die Entscheidung nicht
leicht gemacht – am Ende haben wir uns aber für eine Person entschieden, die bereits Erfahrung
mit Marktplatz-Retouren im Fashion-Umfeld mitbringt.

Ich hätte dir gern etwas anderes geschrieben. Dein Blick aus der Filiale auf das Thema Retouren
war wirklich erfrischend, und ich würde mich freuen, wenn du dich bei passenden Stellen wieder
bewirbst.

Alles Gute für dich!
Svenja
""", charset="windows-1252", cte="quoted-printable"),

    # ---------------------------------------------------------------- Wohnlich (Vienna)
    M("wohnlich_ack", "application_received", "de", "Wohnlich", "",
      ("Wohnlich Karriere", "wohnlich@myworkday.com"),
      "Bewerbung eingegangen: Category Operations Manager (w/m/d) – Wien",
      "2026-03-02 09:31 +0100",
      """Guten Tag Henrike Vasquez-Lindholm,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Category Operations Manager
(w/m/d), Referenz R-20417, am Standort Wien.

Den Status Ihrer Bewerbung finden Sie im Kandidatenportal unter
https://wohnlich.wd3.myworkday.com/careers

Mit freundlichen Grüßen
Wohnlich Marktplatz – Talent Acquisition
""", fmt="alt", html=html_shell("""Guten Tag Henrike Vasquez-Lindholm,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Category Operations Manager
(w/m/d), Referenz R-20417, am Standort Wien.

Den Status Ihrer Bewerbung finden Sie im Kandidatenportal unter
https://wohnlich.wd3.myworkday.com/careers

Mit freundlichen Grüßen
Wohnlich Marktplatz – Talent Acquisition""", brand="wohnlich", color="#6d597a"),
      cte="base64"),
    M("wohnlich_invite", "interview_invitation", "de", "Wohnlich",
      "katharina.poelzl@wohnlich.example.at", KATHARINA,
      "Einladung Teams-Interview 19.03. – Category Operations Manager", "2026-03-10 15:02 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

danke für Ihr Interesse an Wohnlich. Gerne möchten wir Sie zu einem ersten Interview über
Microsoft Teams einladen:

Donnerstag, 19. März 2026, 10:00–10:45 Uhr (MEZ)
Teilnehmende: Katharina Pölzl (HR), Florian Edlinger (Head of Category Operations)

Den Einwahllink finden Sie in der beigefügten Kalendereinladung.

Freundliche Grüße aus Wien
Mag. Katharina Pölzl
HR Business Partner
Wohnlich Marktplatz GmbH | Mariahilfer Straße 88, 1070 Wien | +43 1 555 4410
""", ics={"uid": "teams-wl-1903-vl@wohnlich.example.at", "seq": 0, "start": "2026-03-19 10:00",
          "minutes": 45, "summary": "Interview Category Operations Manager",
          "location": "Microsoft Teams-Besprechung", "organizer": KATHARINA,
          "tz": "Europe/Vienna"}),
    M("wohnlich_missed", "missed_interview_notice", "de", "Wohnlich",
      "katharina.poelzl@wohnlich.example.at", KATHARINA,
      "AW: Einladung Teams-Interview 19.03. – Category Operations Manager",
      "2026-03-19 10:38 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

Herr Edlinger und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie konnten
sich aber leider nicht einwählen. Ich hoffe, es ist nichts passiert.

Bitte geben Sie mir kurz Bescheid, was los war.

Freundliche Grüße
Katharina Pölzl
""", parent="wohnlich_invite", quote="outlook-de"),
    M("wohnlich_own_sorry", "other", "de", "", "", ME,
      "AW: Einladung Teams-Interview 19.03. – Category Operations Manager",
      "2026-03-19 13:05 +0100",
      """Sehr geehrte Frau Pölzl,

es tut mir wirklich leid! Ich hatte den Termin versehentlich auf 10 Uhr Ortszeit in Lissabon
gespeichert, wo ich diese Woche privat bin – ein dummer Fehler, den ich sehr bedauere. Falls es
noch eine Möglichkeit gibt, würde ich mich über einen neuen Termin sehr freuen.

Mit freundlichen Grüßen
Henrike Vasquez-Lindholm
""", parent="wohnlich_missed", quote="de", to=[KATHARINA]),
    M("wohnlich_reject", "rejection", "de", "Wohnlich", "katharina.poelzl@wohnlich.example.at",
      KATHARINA, "AW: AW: Einladung Teams-Interview 19.03. – Category Operations Manager",
      "2026-03-27 11:50 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

danke für Ihre Erklärung, so etwas kann passieren. Inzwischen haben wir die Interviews mit den
übrigen Kandidatinnen und Kandidaten abgeschlossen und uns für eine Besetzung entschieden.
Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Freundliche Grüße
Katharina Pölzl
""", parent="wohnlich_own_sorry", quote="de", subj_enc=("q", "windows-1252")),

    # ---------------------------------------------------------------- Stitchly (Prague)
    M("stitchly_ack", "application_received", "en", "Stitchly", "",
      ("Stitchly", "no-reply@hire.lever.co"),
      "Stitchly | We received your application", "2026-05-04 08:12 +0000",
      """Hi Henrike,

Thank you for applying for E-commerce Operations Manager (Prague) at Stitchly. This email
confirms that your application has been received.

Our recruiting team reviews every application carefully. Because of the volume we receive, we
are not always able to respond to each applicant individually, but we'll be in touch if your
profile matches what we are looking for.

Best regards,
The Stitchly Talent Team
"""),
    M("stitchly_invite", "interview_invitation", "en", "Stitchly",
      "tomas.novotny@stitchly.example.cz", TOMAS,
      "Phone screen - E-commerce Operations Manager", "2026-05-11 14:26 +0200",
      """Hi Henrike,

Thanks for your application to Stitchly! I'm the recruiter for our Ops team in Prague and I'd
like to set up a short phone screen (about 20 minutes) to talk about your background and the
relocation question.

How about Monday 18 May at 15:00 CEST? I'll call you on +49 151 5550 3318 - please let me know
if a different number is better.

Kind regards,
Tomáš Novotný
Talent Acquisition | Stitchly s.r.o. | Karlínské náměstí 6, 186 00 Praha 8
""", name_enc=("b", "utf-8")),
    M("stitchly_missed", "missed_interview_notice", "en", "Stitchly",
      "tomas.novotny@stitchly.example.cz", TOMAS,
      "Re: Phone screen - E-commerce Operations Manager", "2026-05-18 15:22 +0200",
      """Hi Henrike,

I tried calling you twice at 15:00 as agreed but couldn't get through - it went straight to
voicemail. No worries, these things happen. If you'd still like to talk, just reply with two
or three times that work for you this week.

Best,
Tomáš
""", parent="stitchly_invite", quote="en", name_enc=("q", "utf-8")),
    M("stitchly_own_sorry", "other", "en", "", "", ME,
      "Re: Phone screen - E-commerce Operations Manager", "2026-05-18 18:40 +0200",
      """Hi Tomáš,

I'm so sorry - my phone died during a supplier visit and I only saw your message now. I'd very
much like to talk: Tuesday after 16:00 or any time Wednesday morning would work.

Apologies again,
Henrike
""", parent="stitchly_missed", quote="en", to=[TOMAS]),
    M("stitchly_reject", "rejection", "en", "Stitchly", "tomas.novotny@stitchly.example.cz",
      TOMAS, "Your application at Stitchly", "2026-06-01 11:03 +0200",
      """Hi Henrike,

Thank you for taking the time to speak with me and with Alena last week. After careful
consideration we've decided to move forward with candidates whose experience more closely
matches the role, in particular hands-on work with Czech carriers and warehouse systems.

This was not an easy decision. I'll keep your details on file and reach out if a role opens up
that fits you better.

All the best,
Tomáš
""", name_enc=("b", "utf-8"), fmt="alt", html=html_shell("""Hi Henrike,

Thank you for taking the time to speak with me and with Alena last week. After careful
consideration we've decided to move forward with candidates whose experience more closely
matches the role, in particular hands-on work with Czech carriers and warehouse systems.

This was not an easy decision. I'll keep your details on file and reach out if a role opens up
that fits you better.

All the best,
Tomáš""")),

    # ---------------------------------------------------------------- Arvelle Sport (Lille)
    M("arvelle_ack", "application_received", "fr", "Arvelle Sport", "",
      ("Arvelle Sport", "noreply@smartrecruiters.com"),
      "Votre candidature chez Arvelle Sport", "2026-06-08 09:44 +0200",
      """Bonjour Henrike,

Merci pour votre candidature au poste de Chef de projet e-commerce omnicanal (H/F) basé à Lille.
Nous avons bien reçu votre dossier et notre équipe recrutement va l'étudier avec attention.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

À bientôt,
L'équipe Talents d'Arvelle Sport
""", fmt="alt", html=html_shell("""Bonjour Henrike,

Merci pour votre candidature au poste de <b>Chef de projet e-commerce omnicanal (H/F)</b> basé à
Lille. Nous avons bien reçu votre dossier et notre équipe recrutement va l'étudier avec
attention.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

À bientôt,
L'équipe Talents d'Arvelle Sport""", brand="ARVELLE SPORT", color="#e63946"),
      cte="quoted-printable"),
    M("arvelle_invite", "interview_invitation", "fr", "Arvelle Sport",
      "camille.dufresnoy@arvelle.example.fr", CAMILLE,
      "Entretien – Chef de projet e-commerce omnicanal", "2026-06-15 11:20 +0200",
      """Bonjour Madame Vasquez-Lindholm,

Votre parcours en magasin a retenu toute notre attention. Je vous propose un premier entretien
sur Teams le mardi 23 juin à 10 h 30, avec Maxime Lefebvre, responsable omnicanal.

Vous trouverez l'invitation en pièce jointe. Merci de me confirmer votre disponibilité.

Cordialement,
Camille Dufresnoy
Chargée de recrutement
Arvelle Sport · 40 avenue de la République, 59110 La Madeleine · 03 20 55 51 80
""", ics={"uid": "arv-0623-vl@arvelle.example.fr", "seq": 0, "start": "2026-06-23 10:30",
          "minutes": 60, "summary": "Entretien Arvelle Sport - H. Vasquez-Lindholm",
          "location": "Microsoft Teams", "organizer": CAMILLE, "tz": "Europe/Paris"}),
    M("arvelle_move", "interview_reschedule_or_cancel", "fr", "Arvelle Sport",
      "camille.dufresnoy@arvelle.example.fr", CAMILLE,
      "RE: Entretien – Chef de projet e-commerce omnicanal", "2026-06-19 17:12 +0200",
      """Bonjour Madame Vasquez-Lindholm,

Maxime étant retenu par l'inventaire de mi-année, nous devons malheureusement reporter notre
entretien de mardi. Je vous propose le jeudi 25 juin à 14 h, toujours sur Teams. L'invitation
mise à jour est jointe.

Toutes mes excuses pour ce changement.

Cordialement,
Camille Dufresnoy
""", parent="arvelle_invite", quote="fr",
      ics={"uid": "arv-0623-vl@arvelle.example.fr", "seq": 1, "start": "2026-06-25 14:00",
           "minutes": 60, "summary": "Entretien Arvelle Sport - H. Vasquez-Lindholm (reporté)",
           "location": "Microsoft Teams", "organizer": CAMILLE, "tz": "Europe/Paris"},
      charset="iso-8859-1", cte="quoted-printable"),
    M("arvelle_own_thanks", "other", "fr", "", "", ME,
      "Merci pour l'entretien", "2026-06-25 18:10 +0200",
      """Bonjour Madame Dufresnoy,

Je tenais à vous remercier, vous et Monsieur Lefebvre, pour l'échange de cet après-midi. Le
projet de retrait en magasin en 2 heures me motive beaucoup.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Henrike Vasquez-Lindholm
""", to=[CAMILLE]),
    M("arvelle_reject", "rejection", "fr", "Arvelle Sport",
      "camille.dufresnoy@arvelle.example.fr", CAMILLE,
      "RE: Merci pour l'entretien", "2026-07-07 10:02 +0200",
      """Bonjour Madame Vasquez-Lindholm,

Merci pour votre message et pour le temps que vous nous avez consacré. Nous avons finalement
retenu une candidature dont l'expérience correspond davantage à nos besoins immédiats,
notamment sur la gestion de projets SI.

Nous ne manquerons pas de revenir vers vous si une opportunité plus adaptée se présente.

Bien cordialement,
Camille Dufresnoy
""", parent="arvelle_own_thanks", quote="fr", charset="windows-1252", cte="8bit"),

    # ---------------------------------------------------------------- Farmalevante (Valencia)
    M("farmalevante_ack", "application_received", "es", "Farmalevante", "",
      ("Farmalevante", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura", "2026-07-13 12:31 +0200",
      """¡Hola Henrike!

Gracias por tu interés en Farmalevante. Hemos recibido correctamente tu candidatura para
Coordinadora de Operaciones E-commerce.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en
contacto contigo.

Saludos,
Equipo de Talento de Farmalevante
""", fmt="html", html=html_shell("""¡Hola Henrike!

Gracias por tu interés en Farmalevante. Hemos recibido correctamente tu candidatura para
<b>Coordinadora de Operaciones E-commerce</b>.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en
contacto contigo.

Saludos,
Equipo de Talento de Farmalevante""", brand="Farmalevante", color="#2b9348"),
      cte="quoted-printable"),
    M("farmalevante_invite", "interview_invitation", "es", "Farmalevante",
      "nuria.castello@farmalevante.example.es",
      ("Nuria Castelló de Farmalevante", "no-reply@teamtailor-mail.com"),
      "Entrevista en Farmalevante", "2026-07-20 16:44 +0200",
      """Hola Henrike,

Nos ha gustado mucho tu perfil y queremos conocerte. Te proponemos una entrevista presencial en
nuestro almacén de Paterna el lunes 27 de julio a las 11:00.

Dirección: Calle Ciudad de Sevilla 31, Parque Tecnológico, 46980 Paterna.

Responde a este correo para confirmar, por favor.

Un saludo,
Nuria Castelló
Responsable de Selección
""", reply_to=NURIA),
    M("farmalevante_missed", "missed_interview_notice", "es", "Farmalevante",
      "nuria.castello@farmalevante.example.es", NURIA,
      "RE: Entrevista en Farmalevante", "2026-07-28 09:18 +0200",
      """Hola Henrike:

Ayer te estuvimos esperando a las 11:00 en Paterna, pero no llegaste y no pudimos localizarte
por teléfono. ¿Ha ocurrido algo? Si sigues interesada en el puesto, dímelo y vemos si
encontramos otra fecha.

Un saludo,
Nuria
""", parent="farmalevante_invite", quote="es"),
    M("farmalevante_own", "other", "es", "", "", ME,
      "RE: Entrevista en Farmalevante", "2026-07-28 11:02 +0200",
      """Hola Nuria:

Te pido mil disculpas. Mi vuelo desde Leipzig se canceló el domingo por la noche y no conseguí
avisar a tiempo porque el número que tenía era el de la centralita. Sigo muy interesada: esta
semana puedo cualquier día a partir del miércoles.

Un saludo,
Henrike
""", parent="farmalevante_missed", quote="es", to=[NURIA]),
    M("farmalevante_postpone", "interview_reschedule_or_cancel", "es", "Farmalevante",
      "nuria.castello@farmalevante.example.es", NURIA,
      "RE: Entrevista en Farmalevante", "2026-08-03 13:27 +0200",
      """Hola Henrike:

Gracias por explicármelo, no te preocupes. Te escribo porque tenemos que aplazar la nueva
entrevista que habíamos fijado para el jueves: la directora de operaciones está de vacaciones
hasta el 24 de agosto. Te propondré una fecha en cuanto vuelva.

Un saludo,
Nuria
""", parent="farmalevante_own", quote="es", charset="iso-8859-1", cte="8bit"),
    M("farmalevante_reject", "rejection", "es", "Farmalevante",
      "nuria.castello@farmalevante.example.es", NURIA,
      "Proceso de selección Coordinadora de Operaciones E-commerce", "2026-09-02 10:40 +0200",
      """Hola Henrike:

Te escribo con una noticia que no es la que esperaba darte. La dirección ha decidido suspender
el proceso de selección para el puesto de Coordinadora de Operaciones E-commerce, ya que la
ampliación del almacén se retrasa a 2027. Por ello no seguiremos adelante con tu candidatura.

Gracias de verdad por tu paciencia y tu interés en Farmalevante.

Un saludo,
Nuria Castelló
""" + DISCLAIMER_ES),

    # ---------------------------------------------------------------- Elbversand (Dresden)
    M("elbversand_ack", "application_received", "de", "Elbversand Apotheke", "",
      ("Elbversand Apotheke", "noreply@successfactors.eu"),
      "Eingangsbestätigung Ihrer Bewerbung – Job-ID 4471", "2026-04-14 06:50 +0000",
      """Sehr geehrte Frau Vasquez-Lindholm,

vielen Dank für Ihre Bewerbung als Leitung Versandlogistik (m/w/d) in Dresden. Hiermit
bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld. Wir melden uns
schnellstmöglich bei Ihnen.

Mit freundlichen Grüßen
Ihre Personalabteilung der Elbversand Apotheke

Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.
""", charset="iso-8859-1", cte="quoted-printable"),
    M("elbversand_invite", "interview_invitation", "de", "Elbversand Apotheke",
      "r.lehmann@elbversand.example.de", RONNY,
      "Einladung zum persönlichen Gespräch am 30.04.2026", "2026-04-21 11:08 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

wir freuen uns, Sie zu einem persönlichen Gespräch in unser Versandzentrum einzuladen:

Termin: Donnerstag, 30. April 2026, 9:30 Uhr
Ort: Elbversand Apotheke, Washingtonstraße 40, 01139 Dresden

Bitte bringen Sie einen Lichtbildausweis mit, da der Zugang zum Lager reglementiert ist.

Mit freundlichen Grüßen
Ronny Lehmann
Personalreferent | Elbversand Apotheke e.K.
Telefon 0351 555 7702
""", ics={"uid": "elb-0430-vl@elbversand.example.de", "seq": 0, "start": "2026-04-30 09:30",
          "minutes": 90, "summary": "Vorstellungsgespräch Leitung Versandlogistik",
          "location": "Washingtonstraße 40, 01139 Dresden", "organizer": RONNY}),
    M("elbversand_cancel", "interview_reschedule_or_cancel", "de", "Elbversand Apotheke",
      "r.lehmann@elbversand.example.de", RONNY,
      "Absage Termin 30.04. – neuer Termin folgt", "2026-04-27 14:33 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

leider muss der Gesprächstermin am 30. April entfallen, da am Donnerstag eine behördliche
Begehung unseres Versandzentrums angesetzt wurde. Ihre Bewerbung ist davon nicht betroffen;
wir schlagen Ihnen in Kürze einen neuen Termin vor.

Mit freundlichen Grüßen
Ronny Lehmann
""", ics={"uid": "elb-0430-vl@elbversand.example.de", "seq": 1, "method": "CANCEL",
          "start": "2026-04-30 09:30", "minutes": 90,
          "summary": "Vorstellungsgespräch Leitung Versandlogistik", "organizer": RONNY},
      charset="iso-8859-1", cte="base64"),
    M("elbversand_reject", "rejection", "de", "Elbversand Apotheke",
      "r.lehmann@elbversand.example.de", RONNY,
      "Ihre Bewerbung als Leitung Versandlogistik", "2026-05-12 15:15 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

wie angekündigt wollten wir Ihnen einen neuen Gesprächstermin vorschlagen. Inzwischen hat die
Geschäftsleitung jedoch entschieden, die Stelle Leitung Versandlogistik vorerst nicht zu
besetzen und die Aufgaben intern zu verteilen. Das Auswahlverfahren ist damit beendet, und wir
können Ihre Bewerbung leider nicht weiterverfolgen.

Wir bedauern das sehr und danken Ihnen für Ihr Interesse und Ihre Geduld.

Mit freundlichen Grüßen
Ronny Lehmann
""" + DISCLAIMER_DE, parent="elbversand_cancel", quote="outlook-de"),

    # ---------------------------------------------------------------- Gipfelsport (Erfurt)
    M("gipfelsport_ack", "application_received", "de", "Gipfelsport", "",
      ("Gipfelsport Recruiting", "noreply@personio.de"),
      "Deine Bewerbung ist da!", "2026-02-16 12:12 +0100",
      """Hey Henrike,

super, dass du dabei sein willst! Deine Bewerbung als Omnichannel Store Operations Lead
in Erfurt ist bei uns eingegangen.

Wir schauen sie uns in Ruhe an und melden uns in spätestens drei Wochen.

Sportliche Grüße
Dein Gipfelsport-Team
""", fmt="html", html=html_shell("""Hey Henrike,

super, dass du dabei sein willst! Deine Bewerbung als <b>Omnichannel Store Operations Lead</b>
in Erfurt ist bei uns eingegangen.

Wir schauen sie uns in Ruhe an und melden uns in spätestens drei Wochen.

Sportliche Grüße
Dein Gipfelsport-Team""", brand="GIPFELSPORT", color="#264653"), subj_enc=("b", "utf-8")),
    M("gipfelsport_reject", "rejection", "de", "Gipfelsport", "",
      ("Gipfelsport Recruiting", "noreply@personio.de"),
      "Deine Bewerbung bei Gipfelsport", "2026-03-03 16:40 +0100",
      """Hey Henrike,

danke nochmal für deine Bewerbung als Omnichannel Store Operations Lead. Wir haben uns alle
Bewerbungen genau angeschaut und uns entschieden, mit anderen Kandidat:innen weiterzumachen.

Das ist keine Aussage über deine Qualifikation – es gab einfach sehr viele starke Profile.
Wir drücken dir die Daumen für deine Suche!

Sportliche Grüße
Dein Gipfelsport-Team
""", cte="quoted-printable"),

    # ---------------------------------------------------------------- Brückner Personal
    M("brueckner_invite", "interview_invitation", "de", "Brückner Personal",
      "d.fiebig@brueckner-personal.example.de", DOREEN,
      "Vorstellungsgespräch bei unserem Kunden – Online-Möbelhandel Leipzig",
      "2026-01-22 10:47 +0100",
      """Hallo Frau Vasquez-Lindholm,

wie gestern telefonisch angekündigt: Unser Kunde, ein wachsender Online-Möbelhändler mit Sitz
im Leipziger Norden, möchte Sie gern kennenlernen. Den Namen darf ich Ihnen vor dem Termin
leider noch nicht nennen.

Termin: Mittwoch, 28. Januar, 13:00 Uhr, in unserem Büro, Gottschedstraße 12, 04109 Leipzig.
Der Geschäftsführer des Kunden und ich führen das Gespräch gemeinsam.

Bitte bestätigen Sie mir kurz den Termin.

Beste Grüße
Doreen Fiebig
Personalberaterin | Brückner Personal GmbH
Gottschedstraße 12, 04109 Leipzig | 0341 555 6690
""", subj_enc=("q", "utf-8"), name_enc=None),
    M("brueckner_reject", "rejection", "de", "Brückner Personal",
      "d.fiebig@brueckner-personal.example.de", DOREEN,
      "AW: Vorstellungsgespräch bei unserem Kunden – Online-Möbelhandel Leipzig",
      "2026-02-06 09:12 +0100",
      """Hallo Frau Vasquez-Lindholm,

ich habe heute die Rückmeldung unseres Kunden bekommen: Er hat sich für eine Kandidatin
entschieden, die bereits im Möbel-Onlinehandel gearbeitet hat. Ihnen wurde ausdrücklich ein
sehr sympathischer und kompetenter Auftritt bescheinigt – für diese Stelle geht es aber nicht
weiter.

Ich habe Sie für weitere Projekte vorgemerkt und melde mich, sobald etwas Passendes kommt.

Beste Grüße
Doreen Fiebig
""", parent="brueckner_invite", quote="de"),
    M("brueckner_paketwerk_invite", "interview_invitation", "de", "Paketwerk",
      "d.fiebig@brueckner-personal.example.de", DOREEN,
      "Gesprächstermin bei Paketwerk Logistik, 17.08.", "2026-08-11 08:41 +0200",
      """Hallo Frau Vasquez-Lindholm,

schön, dass Sie wieder Zeit für ein Gespräch haben! Unser Kunde Paketwerk, Fulfillment-
Dienstleister für mehrere Online-Shops, lädt Sie zu einem Vorstellungsgespräch ein:

Montag, 17. August 2026, 10:00 Uhr
Paketwerk Logistik, Am Exer 9, 04158 Leipzig – Ansprechpartner vor Ort: Herr Ulf Gräbner

Drücke die Daumen!
Doreen Fiebig
Brückner Personal
""", charset="windows-1252", cte="quoted-printable"),
    M("brueckner_paketwerk_missed", "missed_interview_notice", "de", "Paketwerk",
      "d.fiebig@brueckner-personal.example.de", DOREEN,
      "Termin heute bei Paketwerk?", "2026-08-17 11:05 +0200",
      """Hallo Frau Vasquez-Lindholm,

Herr Gräbner von Paketwerk hat mich eben angerufen: Er hat heute um 10 Uhr am Empfang auf Sie
gewartet, Sie seien aber nicht erschienen. Auf dem Handy erreiche ich Sie leider auch nicht.

Bitte melden Sie sich kurz bei mir, damit ich dem Kunden etwas sagen kann.

Doreen Fiebig
""", parent="brueckner_paketwerk_invite"),

    # ---------------------------------------------------------------- Hallbeck Retail Search
    M("hallbeck_cold", "other", "en", "", "oliver.hallbeck@hallbeck-search.example.de", OLIVER,
      "Retail to e-commerce ops - quick hello", "2026-05-20 08:15 +0200",
      """Dear Henrike,

I lead Hallbeck Retail Search, a small boutique that places operations leaders in retail and
e-commerce across the DACH region. Your move from store management into omnichannel operations
caught my eye on LinkedIn.

There is nothing specific on my desk for you right now, but I'd be glad to stay in touch and
learn what you're looking for. If that sounds useful, just reply and we can find 15 minutes.

Kind regards,
Oliver Hallbeck
Managing Partner | Hallbeck Retail Search | Friedrichstraße 68, 10117 Berlin
""" + DISCLAIMER_EN),
    M("hallbeck_own_reply", "other", "de", "", "", ME,
      "Re: Retail to e-commerce ops - quick hello", "2026-05-20 21:03 +0200",
      """Hallo Herr Hallbeck,

danke für Ihre Nachricht – gerne bleibe ich in Kontakt. Ich suche eine Rolle in E-Commerce-
Operations oder Omnichannel, gern in Leipzig, Berlin oder remote mit Reisetätigkeit.

Anbei zur Orientierung mein aktueller Lebenslauf.

Viele Grüße
Henrike Vasquez-Lindholm
""", parent="hallbeck_cold", quote="en", to=[OLIVER],
      attach=[("Lebenslauf_Vasquez-Lindholm.pdf", "Henrike Vasquez-Lindholm - Lebenslauf",
               ["Filialleitung, 12 Jahre Einzelhandel", "Omnichannel, Click & Collect",
                "Leipzig"])]),
    M("hallbeck_invite", "interview_invitation", "de", "Kolibri Home",
      "oliver.hallbeck@hallbeck-search.example.de", OLIVER,
      "Kolibri Home – Kennenlernen mit dem COO", "2026-06-03 12:30 +0200",
      """Hallo Frau Vasquez-Lindholm,

jetzt habe ich tatsächlich etwas für Sie: Kolibri Home, der Möbel-Marktplatz aus Berlin, sucht
eine Head of Marketplace Operations. Ich habe Ihr Profil (mit Ihrem Einverständnis von letzter
Woche) vorgestellt, und der COO Daniel Ruhnke möchte Sie gern kennenlernen.

Vorschlag: Mittwoch, 10. Juni, 17:00 Uhr per Video. Passt das?

Beste Grüße
Oliver Hallbeck
""", parent="hallbeck_own_reply", quote="de"),
    M("hallbeck_reject", "rejection", "de", "Kolibri Home",
      "oliver.hallbeck@hallbeck-search.example.de", OLIVER,
      "Kolibri Home – Rückmeldung", "2026-06-24 18:20 +0200",
      """Hallo Frau Vasquez-Lindholm,

ich habe mit Daniel Ruhnke gesprochen. Kolibri Home hat sich nach der zweiten Runde für
einen Kandidaten mit Marktplatz-Erfahrung aus dem Plattformgeschäft entschieden, und wird Ihre
Kandidatur daher nicht weiterverfolgen. Das Feedback zu Ihnen war trotzdem sehr positiv,
gerade zur Teamführung.

Ich bleibe für Sie dran.

Beste Grüße
Oliver Hallbeck
Hallbeck Retail Search
"""),
]

