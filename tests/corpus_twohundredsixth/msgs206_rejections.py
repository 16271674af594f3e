"""Corpus 206, rejections: 31 hand-written messages (18 en, 5 de, 4 fr, 4 es)."""

from __future__ import annotations

from msgs206_common import (
    ME,
    ME_NAME,
    ats_card,
    forward,
    outlook_html,
    outlook_reply,
    reply,
    simple_html,
)
from msgs206_invites import (
    ARDMORE_MOVED,
    LUMIERE_INVITE,
    MERCADAL_INVITE,
    QUARRY_INVITE,
    SHANDON_CHAT,
    TB_HAVELBANK,
)
from msgs206_other import SFUH_APOLOGY, THANKS_LANNFIELD


def R(**spec: object) -> dict:
    spec["kind"] = "rejection"
    return spec


LANNFIELD_DISCLAIMER = """\
This e-mail and any attachments are confidential and may be privileged. They are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender and delete it. Lannfield Insurance DAC is regulated by the Central
Bank of Ireland. Registered in Ireland No. 612044."""

_r1 = """\
Hi Tadhg,

Thanks for your kind note, and for the time you gave us on the 6th. The panel enjoyed
meeting you, and the walk-through of the stock-wastage dashboard you built for the café
went down well.

I'm sorry to say we won't be offering you the Junior Data Analyst position. It came
down to a fine margin: the person we've chosen has two years of SQL reporting in a
claims environment, and in the end that tipped it.

If it would help, I'm glad to go through the panel's notes with you over a short call;
reply here and we'll find a slot. Our graduate intake opens again in September and I'd
be delighted to see your name in it.

Best wishes,
Orla

Orla Keane
Talent Acquisition Partner
Lannfield Insurance DAC
Lannfield House, Lapps Quay, Cork T12 X9K4
+353 21 555 0142

""" + LANNFIELD_DISCLAIMER

_r1_text = outlook_reply(
    _r1, THANKS_LANNFIELD, ME, "Friday, February 6, 2026 19:48",
    "Orla Keane <orla.keane@lannfield.example.ie>",
    "Thank you - Junior Data Analyst interview today")

_r2 = """\
Hi Tadhg,

Thank you for applying for the Retail Insights Analyst (Junior) role at Brightwater
Retail in Limerick.

Every application is read by a member of our team. Having reviewed yours carefully, we
have decided not to invite you to interview for this vacancy. The response to this
advert was very strong and the shortlist was small.

We'd be glad to hear from you again; our open roles are always listed at
https://jobs.lever.co/brightwaterretail

Kind regards,
The Brightwater Retail Talent Team
"""

_r3 = """\
Hi Tadhg,

I wanted to write to you myself rather than let the system do it. Over the last two
weeks our Risk function has been reorganised, and as part of that the Junior Data
Analyst hire has been paused indefinitely. The role has been put on hold and we will not
proceed with any of the current applicants, you included.

I know that's frustrating after you'd already been through a first conversation with
us, and I'm sorry. If the position reopens I'll reach out to you directly before it is
advertised.

All the best,
Priya Natarajan
Senior Recruiter, Kestrel Ledger
10 Finsbury Row, London EC2A 4XX
"""

_r4 = """\
Dear Tadhg,

Thank you for your interest in the Graduate Data Analyst role (REQ-40871) with Thistle
Mutual and for the time you have invested in our selection process.

We have reviewed the outcome of every stage and have decided to move forward with
candidates whose experience more closely matches the requirements of the role.

We will keep your profile in our talent community, and you can update your preferences
at any time from your candidate home page.

Yours sincerely,
Talent Acquisition
Thistle Mutual
1 Canongate Yards, Edinburgh EH8 8AB

This is an automated message. Replies to this address are not monitored.
"""

_r5_new = """\
Tadhg - thanks for coming in. We're going with someone who's done more Python in
production. Sorry it's not better news.

Ger

Sent from my iPhone
"""

_r6 = """\
Hi Tadhg,

I've just come off the phone with the hiring manager at Western Seaboard Credit Union.
They've told me they won't be progressing your application for the Member Insights
Analyst post. In their words, they liked the customer angle but want someone who has
already built reports in Power BI for a regulated business.

I know you were keen on this one, so I didn't want it sitting in your inbox as a form
e-mail. Níl aon dabht faoi, you'll get there - I have two more Galway roles opening in
April and I'll ring you about both.

Go raibh maith agat,
Fiadh Ní Chonaill
Senior Consultant | Claddagh Talent
Unit 4, Eyre Square Business Centre, Galway
+353 91 555 0198
"""

_r7 = """\
Hello Tadhg,

A quick update on the “junior analyst – payments” role I put you forward for last
month. My client, a Dublin payments business I’m still not able to name, has come back
to me: they’ve closed the process with two people who were further along in their
analytics careers, so your application won’t go any further with them.

For what it’s worth, they said your covering note was “the best-written one we got”.
I’ll keep you on my list for anything at the €32–36k level.

Kind regards,
Conor Mac Giolla
Principal Consultant – Data & Analytics
Liffey Talent Partners
Grand Canal Wharf, Dublin 4
+353 1 555 0177
"""

_r8 = """\
Dear Mr Oyelaran-Weiss,

Research Data Assistant (Grade IV), Ref. HR-2026-114

Thank you for applying for the above post at University College Shandon.

I am writing to let you know that, following the University's redeployment process, the
post has been filled internally. As a result the competition has closed and no
candidates from the external field will be called to interview.

We appreciate the interest you have shown in working with the University and hope you
will consider applying for future vacancies.

Yours sincerely,

Deirdre Lucey
HR Officer, Recruitment
University College Shandon
College Road, Cork T12 YN60
Tel: +353 21 555 0310

University College Shandon is subject to the Freedom of Information Act 2014 and the
Data Protection Acts 1988 to 2018. Any information you provide may be subject to
disclosure under this legislation.
"""

_r9 = """\
Dear Applicant,

Competition Ref. LVCC/DA/2026/07 - Data Analyst (Temporary, 2 years)

I refer to your application for the above competition.

Following a review of staffing requirements as part of the Council's mid-year budget
process, a decision has been taken to cancel this competition. No further steps will be
taken in relation to any application received, and no panel will be formed.

The formal notice is attached for your records. The Council thanks you for your interest
and you are welcome to apply for future competitions advertised on our website.

Is mise le meas,

Séamus Ó Briain
Senior Staff Officer, Human Resources
Lee Valley County Council
County Hall, Carrigrohane Road, Cork
021 555 0400
"""

_r10_new = """\
Hey Tadhg,

Bad news I'm afraid. After all that faff moving the call around, the lads ended up
picking someone who's been doing analytics at one of the neo-banks for a year. I did
push for you but they wanted someone who could hit the ground running on the fraud
dashboards.

Genuinely gutted. You'd have been a great fit for the team and the coffee round would
have improved dramatically. Pint soon? I'll keep my ears open.

Rory
"""

_r11_new = """\
Dear Tadhg,

Thank you for your e-mail and for explaining what happened on the morning of the
interview. I am sorry to hear about the family emergency.

Unfortunately, under the rules of this campaign we are not in a position to offer a
second interview date, and the interview board has now completed its work and submitted
its recommendations. Your application for the post of Data Analyst, Grade V (Ref.
SFUH-0412) will therefore not progress any further.

I do hope everything is settled at home, and I would encourage you to apply for future
campaigns, which are advertised on our careers page.

Kind regards,

Maura O'Shea
Recruitment Officer, HR Department
St Finbarr's University Hospital
Douglas Road, Cork T12 DC4A
Tel: 021 555 0620
"""

_r12 = """\
Hi Tadhg,

Thanks so much for your interest in the Junior Data Analyst, Payments Operations role at
Fernhill Payments.

Our team has looked closely at your application and, at this time, we've chosen to
pursue other applicants whose backgrounds align more directly with what the team needs
right now.

We know that job searching takes a lot of energy, and we're grateful you spent some of
it on us. Feel free to apply to other openings that catch your eye.

Warmly,
Fernhill Payments Recruiting
"""

_r13 = """\
Dear Tadhg,

Thank you for your application for Junior Merchandise Analyst at Marlowe & Finch,
London.

We’re sorry to say that you haven’t been selected for the next stage on this occasion.
We know this isn’t the answer you were hoping for – we had over 600 applications for a
single position.

We’ll hold on to your details for six months in line with our privacy notice, and you’re
very welcome to apply for other roles in the meantime.

With best wishes,
The Marlowe & Finch Recruitment Team
“Good things, well made, since 1898”
"""

_r14 = """\
Dear Tadhg,

Thank you for attending the Glasmore Life virtual assessment centre on 19 March for the
Analyst Graduate Programme.

Your scores in the supervised numerical reasoning test and the situational judgement
exercise fell below the benchmark set for this intake. Taking all the exercises together,
we are unable to offer you a place on the 2026 programme.

A short feedback report on your test performance will follow within five working days.
You may apply to the programme again after twelve months.

Regards,
Glasmore Life Early Careers
Glasmore House, 22 Sir John Rogerson's Quay, Dublin 2
"""

_r15 = """\
Hi Tadhg,

Thanks for putting yourself forward for the Ecommerce Data Analyst role here at
Pentland Outdoor, and for your patience while we worked through a big pile of
applications.

I've now spoken to everyone on the shortlist, and I'm afraid you weren't one of the
people we've invited into the next round. Nothing was wrong with your application; we
simply had people with more hands-on web analytics experience.

If you want to stay on our radar, join our talent community and we'll let you know when
something similar opens up.

Cheers,
Eilidh Crawford
People & Culture, Pentland Outdoor
Leith Walk Warehouse, Edinburgh EH6 5QR
"""

_r16_old = """\
Sinéad,

Thanks for sending Tadhg over, and thanks to him for making the trip to Kinsale on
Monday.

We've talked it over and we're not going to offer him the role. He was excellent with
the ops people and clearly curious, but we need someone who can own the weekly freight
forecasting model from day one, and his Excel modelling isn't there yet. In a year I'd
happily see him again.

Regards,
Brian Deasy
Operations Director
Kinsale Logistics
"""

_r16_text = forward(
    """\
Tadhg,

See below from Kinsale Logistics - not the outcome either of us wanted. The feedback is
actually quite encouraging, especially the bit about the ops team. Let's have a chat
tomorrow about the two other roles I mentioned; I think the Limerick one suits you better
anyway.

Sinéad

Sinéad Cotter
Recruitment Consultant, Harbourline Recruitment
South Mall, Cork | +353 21 555 0233
""",
    _r16_old, ("Brian Deasy", "brian.deasy@kinsalelogistics.example.ie"),
    "Tue, 14 Apr 2026 at 17:05", "Feedback - T. Oyelaran-Weiss - Data Analyst",
    "Sinéad Cotter <sinead.cotter@harbourline.example.ie>")

_r17_new = """\
Hi Tadhg,

Apologies for the slow reply after your interview last Tuesday. I've now had the hiring
team's decision and I'm sorry to tell you it's a no on this occasion.

They were split between you and one other candidate, and went with the person who had
used dbt and Looker in a previous job. They asked me to pass on that your answer on the
A/B test question was one of the best they heard.

Best of luck with the search,

Hannah Okafor
Talent Partner | Quarry Lane Analytics
3rd Floor, 41 Quarry Lane, London SE1 2PT
"""

_r18 = """\
Hi Tadhg,

Thanks for the time you put into the take-home on the scooter-trip data, and for
walking us through it on Friday.

We liked the cleaning steps and the clear write-up, but the cohort section didn't go
as deep as we need for this role, where retention analysis is most of the job. So
we've decided not to continue with your application.

If you'd like more detailed notes on the exercise, just reply to this e-mail and I'll
send them over.

Best,
Jonas Pfeiffer
Analytics Lead, Fahrwerk Mobility
Torstraße 140, 10119 Berlin
"""

_r19 = """\
Sehr geehrter Herr Oyelaran-Weiss,

vielen Dank für das angenehme Gespräch am 28. Mai und Ihr Interesse an der Position
Junior Data Analyst (m/w/d) im Bereich Schadenanalytik.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abschluss aller Gespräche
haben wir uns jedoch für eine Kandidatin entschieden, die bereits Erfahrung in der
Versicherungsbranche mitbringt.

Ihre Unterlagen löschen wir gemäß unserer Datenschutzerklärung nach sechs Monaten. Für
Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Vogt
Recruiting, Nordlicht Versicherung AG
Friedrichstraße 77, 10117 Berlin
"""

_r20 = """\
Sehr geehrter Herr Oyelaran-Weiss,

vielen Dank für Ihre Bewerbung als Junior Datenanalyst (m/w/d) bei der Kranich Markt GmbH
und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir
Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft viel
Erfolg.

Freundliche Grüße
Ihr Recruiting-Team der Kranich Markt GmbH
"""

_r21_old = """\
Sehr geehrter Herr Oyelaran-Weiss,

gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, den
12. März 2026, um 10:30 Uhr in unsere Zentrale in der Landsberger Allee ein.

Bitte bringen Sie einen Lichtbildausweis mit und melden Sie sich am Empfang.

Mit freundlichen Grüßen
Sabine Krüger
"""

_r21_new = """\
Sehr geehrter Herr Oyelaran-Weiss,

nochmals danke, dass Sie sich am 12. März die Zeit für uns genommen haben.

Zu unserem Bedauern können wir Ihnen die Stelle als Datenanalyst im Category Management
nicht anbieten. Ausschlaggebend war am Ende, dass wir jemanden mit sehr guten
Deutschkenntnissen für die Abstimmung mit unseren Filialen brauchen.

Wir wünschen Ihnen viel Glück bei Ihrer weiteren Suche.

Mit freundlichen Grüßen

Sabine Krüger
Personalreferentin
Marktwerk Berlin GmbH
Landsberger Allee 201, 10367 Berlin
Tel. +49 30 5550 4412
"""

_r21_text = outlook_reply(
    _r21_new, _r21_old, ("Sabine Krüger", "sabine.krueger@marktwerk.example.de"),
    "Montag, 2. März 2026 09:14", f"{ME_NAME} <{ME[1]}>",
    "Einladung zum Vorstellungsgespräch", "de")

_r22_new = """\
Hallo Tadhg,

leider habe ich keine guten Nachrichten: Die Havelbank hat sich nach den Gesprächen
für einen anderen Kandidaten entschieden. Das Feedback war, dass du fachlich solide
warst, sie aber jemanden wollten, der schon mit Kreditrisikodaten gearbeitet hat.

Ich weiß, dass du dir viel von dem Termin versprochen hast. Lass uns nächste Woche
telefonieren, ich habe zwei englischsprachige Stellen in Berlin, die gut passen könnten.

Viele Grüße
Lukas

Lukas Brandt
Senior Consultant | Talentbrücke Personalberatung GmbH
Rosenthaler Str. 38, 10178 Berlin | +49 30 5550 8821
"""

_r23 = """\
Sehr geehrter Herr Oyelaran-Weiss,

wir beziehen uns auf Ihre Bewerbung als Datenanalyst (m/w/d) in unserem Medizincontrolling.

Wir möchten Ihnen mitteilen, dass die Stelle zwischenzeitlich mit einer Kollegin aus
unserem Haus besetzt wurde. Das Auswahlverfahren ist damit abgeschlossen.

Wir danken Ihnen für Ihr Interesse am Klinikum Spreebogen.

Mit freundlichen Grüßen
Jana Scholz
Personalmanagement
Klinikum Spreebogen
Alt-Moabit 90, 10559 Berlin
"""

_r24 = """\
Bonjour Tadhg,

Nous vous remercions de l'intérêt que vous portez à Maison Orvel et du temps consacré à
votre candidature au poste d'Analyste de données junior (H/F) basé à Paris.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. Ce
choix ne remet nullement en cause la qualité de votre parcours.

Vos données seront conservées deux ans dans notre vivier, sauf opposition de votre part.

Bien cordialement,
L'équipe Talents de Maison Orvel
"""

_r25_new = """\
Bonjour Tadhg,

Je reviens vers vous après notre entretien du 17 février.

Entre-temps, la direction a décidé d’un gel des embauches sur l’ensemble des fonctions
support jusqu’à la fin de l’année. Le poste de chargé d’études statistiques junior est
donc suspendu et nous ne donnerons pas suite à votre candidature, ni à aucune autre.

Je suis sincèrement désolée, car votre profil « reconversion » nous avait beaucoup plu.
Si le poste est rouvert, je me permettrai de vous recontacter.

Bien à vous,

Camille Aubert
Responsable recrutement – Assurances Lumière
12, rue de la Chaussée-d’Antin, 75009 Paris
"""

_r26 = """\
Bonjour Tadhg,

Je voulais vous tenir au courant pour le poste d'analyste reporting dont nous avions
parlé en avril. Mon client, un assureur parisien dont je ne peux toujours pas citer le
nom, a finalement arrêté son choix sur un candidat déjà en poste chez un concurrent.

Votre dossier s'arrête donc là pour cette mission. Je garde votre CV en tête pour les
prochaines : le marché repart un peu à la rentrée.

Belle journée,
Julien Marchetti
Consultant senior, Cabinet Véran
48, boulevard Haussmann, 75008 Paris
01 55 50 32 10
"""

_r27_old = """\
Bonjour Madame Fontaine,

Je me permets de vous écrire au sujet du poste d'analyste de données au service
d'information médicale. Vous trouverez mon CV en pièce jointe.

Cordialement,
Tadhg Oyelaran-Weiss
"""

_r27_new = """\
Bonjour Tadhg,

Désolée, on ne retient pas votre profil pour ce poste : il faut un diplôme en santé
publique. Bonne continuation.

Léa
"""

_r28 = """\
Hola Tadhg:

Te escribo en relación con el proceso de Analista de Datos Junior en Seguros Alcántara.

Como sabes, no pudimos hacer la entrevista del día 22. Hemos valorado tu candidatura con
la información que teníamos y, al haber cerrado ya las entrevistas con el resto de
personas, hemos decidido no seguir adelante contigo en este proceso.

Gracias por tu interés y mucha suerte en lo que venga.

Un saludo,
Marta Quintana
Técnica de Selección · Seguros Alcántara
Paseo de la Castellana 210, 28046 Madrid
"""

_r29 = """\
Hola Tadhg,

Gracias por tu interés en la posición de Analista de Datos Junior en Finanzas Tajo.

Hemos revisado tu perfil con atención y lamentamos comunicarte que, en esta ocasión, no
vamos a continuar con tu candidatura.

Te animamos a seguir atento a nuestras vacantes en nuestra página de empleo.

Un saludo,
Equipo de Talento de Finanzas Tajo
"""

_r30_new = """\
Hola Tadhg:

Ya tengo respuesta de Grupo Mercadal. Me dicen que, tras la entrevista, han optado por
otro perfil con experiencia previa en retail y que no van a continuar con tu
candidatura. Les gustó mucho tu inglés y tu manera de explicar el proyecto del café,
pero el puesto exige hablar con las tiendas a diario en castellano.

Lo siento de verdad. Seguimos buscando.

Álvaro

Álvaro Sanz
Consultor de Selección · Reclutalia
C/ de Alcalá 93, 28009 Madrid · +34 91 555 27 40
"""

_r31 = """\
Estimado/a candidato/a:

Le comunicamos que, por Resolución del Rectorado de 19 de octubre de 2026, se ha
acordado dejar sin efecto la convocatoria para la provisión de una plaza de Técnico/a de
Análisis de Datos (ref. PTGAS-26-031), por razones presupuestarias sobrevenidas.

En consecuencia, el proceso queda anulado y no se realizarán las pruebas previstas.
Adjuntamos la resolución completa.

Atentamente,
Servicio de Personal de Administración y Servicios
Universidad del Manzanares

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
"""

MSGS = [
    R(slug="lannfield_after_panel_no", lang="en", company="Lannfield Insurance",
      contact="orla.keane@lannfield.example.ie",
      frm=("Orla Keane", "orla.keane@lannfield.example.ie"),
      subject="RE: Thank you - Junior Data Analyst interview today",
      date="2026-02-17 11:42:10 +0000", parent="sent_thanks_lannfield",
      text=_r1_text, html=outlook_html(_r1_text), cte="quoted-printable"),
    R(slug="brightwater_lever_not_progressing", lang="en", company="Brightwater Retail",
      contact="", frm=("Brightwater Retail", "no-reply@hire.lever.co"),
      subject="Your application to Brightwater Retail",
      date="2026-01-29 15:05:33 +0000",
      text=_r2, html=ats_card("Brightwater Retail", _r2, "#00695c")),
    R(slug="kestrel_role_on_hold", lang="en", company="Kestrel Ledger",
      contact="priya.natarajan@kestrelledger.example.co.uk",
      frm=("Priya Natarajan via Ashby", "no-reply@ashbyhq.com"),
      reply_to=("Priya Natarajan", "priya.natarajan@kestrelledger.example.co.uk"),
      subject="An update on the Junior Data Analyst role at Kestrel Ledger",
      date="2026-04-20 10:12:45 +0100",
      text=_r3, html=ats_card("Kestrel Ledger", _r3, "#3b2f63"), cte="quoted-printable"),
    R(slug="thistle_closer_match", lang="en", company="Thistle Mutual", contact="",
      frm=("Thistle Mutual", "thistlemutual@myworkday.com"),
      subject="Thistle Mutual: your application for Graduate Data Analyst (REQ-40871)",
      date="2026-06-16 08:00:04 +0100",
      text=_r4, html=ats_card("Thistle Mutual", _r4, "#5b2c6f"), cte="base64",
      headers=[("Auto-Submitted", "auto-generated")]),
    R(slug="shandon_terse_no", lang="en", company="Shandon Metrics",
      contact="ger@shandonmetrics.example.ie",
      frm=("Ger Twomey", "ger@shandonmetrics.example.ie"),
      subject="Re: Coffee & a chat about the analyst role?",
      date="2026-09-15 21:17:02 +0100", parent="shandon_casual_chat",
      text=reply(_r5_new, SHANDON_CHAT, ("Ger Twomey", "ger@shandonmetrics.example.ie"),
                 "Tue 8 Sep 2026 at 14:02")),
    R(slug="claddagh_relays_credit_union_no", lang="en",
      company="Western Seaboard Credit Union", contact="fiadh@claddaghtalent.example.ie",
      frm=("Fiadh Ní Chonaill", "fiadh@claddaghtalent.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Western Seaboard CU - news on the Member Insights role",
      date="2026-03-06 16:31:00 +0000", charset="iso-8859-1", cte="quoted-printable",
      text=_r6),
    R(slug="liffey_unnamed_client_closed", lang="en", company="Liffey Talent Partners",
      contact="conor.macgiolla@liffeytalent.example.ie",
      frm=("Conor Mac Giolla", "conor.macgiolla@liffeytalent.example.ie"),
      subject="Payments analyst role – client update",
      subj_enc=("windows-1252", "Q"),
      date="2026-07-07 12:20:41 +0100", charset="windows-1252", cte="quoted-printable",
      text=_r7, html=outlook_html(_r7)),
    R(slug="ucshandon_filled_internally", lang="en", company="University College Shandon",
      contact="deirdre.lucey@ucshandon.example.ie",
      frm=("Deirdre Lucey", "deirdre.lucey@ucshandon.example.ie"),
      subject="Research Data Assistant (Grade IV) HR-2026-114",
      date="2026-05-13 14:02:19 +0100", text=_r8, html=outlook_html(_r8), cte="base64"),
    R(slug="leevalley_competition_cancelled", lang="en",
      company="Lee Valley County Council", contact="seamus.obriain@leevalleycoco.example.ie",
      frm=("Séamus Ó Briain", "seamus.obriain@leevalleycoco.example.ie"),
      name_enc=("utf-8", "B"),
      subject="Competition LVCC/DA/2026/07 - Data Analyst (Temporary)",
      date="2026-06-23 10:05:00 +0100", text=_r9,
      pdf=[("LVCC-DA-2026-07-notice.pdf", [
          "Lee Valley County Council", "Human Resources Department", "",
          "Competition Ref. LVCC/DA/2026/07 - Data Analyst (Temporary)", "",
          "Notice of cancellation of competition", "",
          "Following a review of staffing requirements, the Chief Executive has",
          "decided that this competition will not proceed. No panel will be formed.",
          "", "Human Resources, 22 June 2026"])]),
    R(slug="ardmore_casual_bad_news", lang="en", company="Ardmore Fintech",
      contact="rory.hegarty@ardmorefintech.example.ie",
      frm=("Rory Hegarty", "rory.hegarty@ardmorefintech.example.ie"),
      subject="Re: Updated invitation: Tadhg / Ardmore - analytics chat",
      date="2026-10-13 18:40:12 +0100", parent="ardmore_call_moved",
      text=reply(_r10_new, ARDMORE_MOVED, ("Rory Hegarty",
                 "rory.hegarty@ardmorefintech.example.ie"), "Fri, 2 Oct 2026 at 09:31")),
    R(slug="sfuh_no_second_date", lang="en", company="St Finbarr's University Hospital",
      contact="maura.oshea@sfuh.example.ie",
      frm=("Maura O'Shea", "maura.oshea@sfuh.example.ie"),
      subject="RE: Missed telephone interview this morning - Data Analyst Grade V",
      date="2026-04-28 15:55:27 +0100", parent="sent_sfuh_apology",
      text=outlook_reply(_r11_new, SFUH_APOLOGY, ME, "14 April 2026 18:22",
                         "Maura O'Shea <maura.oshea@sfuh.example.ie>",
                         "Missed telephone interview this morning - Data Analyst Grade V"),
      headers=[("X-MS-Has-Attach", ""), ("Thread-Topic",
               "Missed telephone interview this morning - Data Analyst Grade V")]),
    R(slug="fernhill_greenhouse_html_only", lang="en", company="Fernhill Payments",
      contact="", frm=("Fernhill Payments", "no-reply@greenhouse-mail.io"),
      subject="Your application at Fernhill Payments",
      date="2026-01-22 17:48:09 +0000",
      html=ats_card("Fernhill Payments", _r12, "#14532d",
                    "Sent via Greenhouse. Please do not reply to this e-mail.")),
    R(slug="marlowe_finch_not_selected", lang="en", company="Marlowe & Finch", contact="",
      frm=("Marlowe & Finch Careers", "noreply@smartrecruiters.com"),
      subject="Your application – Junior Merchandise Analyst",
      subj_enc=("windows-1252", "B"),
      date="2026-02-27 09:30:00 +0000", charset="windows-1252", cte="quoted-printable",
      text=_r13, html=ats_card("Marlowe & Finch", _r13, "#7c2d12")),
    R(slug="glasmore_icims_below_threshold", lang="en", company="Glasmore Life", contact="",
      frm=("Glasmore Life Early Careers", "glasmorelife@icims.com"),
      subject="Glasmore Life Analyst Graduate Programme - assessment outcome",
      date="2026-03-25 13:14:52 +0000", parent="glasmore_assessment_invite",
      text=_r14, html=ats_card("Glasmore Life", _r14, "#0c4a6e")),
    R(slug="pentland_teamtailor_next_round", lang="en", company="Pentland Outdoor",
      contact="eilidh.crawford@pentlandoutdoor.example.co.uk",
      frm=("Pentland Outdoor", "noreply@teamtailor-mail.com"),
      reply_to=("Eilidh Crawford", "eilidh.crawford@pentlandoutdoor.example.co.uk"),
      subject="Ecommerce Data Analyst at Pentland Outdoor",
      date="2026-07-21 16:03:30 +0100", cte="base64",
      text=_r15, html=ats_card("Pentland Outdoor", _r15, "#365314")),
    R(slug="harbourline_fwd_kinsale_feedback", lang="en", company="Kinsale Logistics",
      contact="sinead.cotter@harbourline.example.ie",
      frm=("Sinéad Cotter", "sinead.cotter@harbourline.example.ie"),
      name_enc=("utf-8", "Q"),
      subject="Fwd: Feedback - T. Oyelaran-Weiss - Data Analyst",
      date="2026-04-15 09:12:40 +0100", text=_r16_text, html=simple_html(_r16_text)),
    R(slug="quarrylane_no_after_interview", lang="en", company="Quarry Lane Analytics",
      contact="hannah.okafor@quarrylane.example.co.uk",
      frm=("Hannah Okafor", "hannah.okafor@quarrylane.example.co.uk"),
      subject="RE: Interview invitation - Junior Data Analyst - Quarry Lane",
      date="2026-09-22 17:26:00 +0100", parent="quarrylane_interview_invite",
      text=outlook_reply(_r17_new, QUARRY_INVITE,
                         ("Hannah Okafor", "hannah.okafor@quarrylane.example.co.uk"),
                         "01 September 2026 11:04", f"{ME_NAME} <{ME[1]}>",
                         "Interview invitation - Junior Data Analyst - Quarry Lane"),
      cte="quoted-printable"),
    R(slug="fahrwerk_workable_takehome_no", lang="en", company="Fahrwerk Mobility",
      contact="jonas.pfeiffer@fahrwerk.example.de",
      frm=("Jonas Pfeiffer - Fahrwerk Mobility", "noreply@workablemail.com"),
      reply_to=("Jonas Pfeiffer", "jonas.pfeiffer@fahrwerk.example.de"),
      subject="Your application for Product Data Analyst at Fahrwerk Mobility",
      date="2026-09-29 10:44:18 +0200", parent="fahrwerk_takehome_interview",
      text=_r18, html=simple_html(_r18)),
    # --- German
    R(slug="nordlicht_absage", lang="de", company="Nordlicht Versicherung",
      contact="katrin.vogt@nordlicht.example.de",
      frm=("Nordlicht Versicherung AG", "noreply@personio.de"),
      reply_to=("Katrin Vogt", "katrin.vogt@nordlicht.example.de"),
      subject="Ihre Bewerbung als Junior Data Analyst (m/w/d) - unsere Rückmeldung",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-06-10 14:30:00 +0200", charset="iso-8859-1", cte="quoted-printable",
      text=_r19, html=ats_card("Nordlicht Versicherung", _r19, "#1e3a8a")),
    R(slug="kranich_softgarden_absage", lang="de", company="Kranich Markt", contact="",
      frm=("Kranich Markt GmbH", "noreply@softgarden.io"),
      subject="Ihre Bewerbung als Junior Datenanalyst (m/w/d) – Rückmeldung",
      subj_enc=("utf-8", "Q"),
      date="2026-02-25 11:02:13 +0100",
      html=ats_card("Kranich Markt", _r20, "#b91c1c",
                    "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.")),
    R(slug="marktwerk_absage_nach_gespraech", lang="de", company="Marktwerk Berlin",
      contact="sabine.krueger@marktwerk.example.de",
      frm=("Sabine Krüger", "sabine.krueger@marktwerk.example.de"),
      name_enc=("iso-8859-1", "Q"),
      subject="AW: Einladung zum Vorstellungsgespräch", subj_enc=("iso-8859-1", "B"),
      date="2026-03-20 16:12:00 +0100", parent="<AM9P206MB0312EINLADUNG@marktwerk.example.de>",
      charset="iso-8859-1", cte="8bit", text=_r21_text),
    R(slug="talentbruecke_havelbank_absage", lang="de", company="Havelbank",
      contact="lukas.brandt@talentbruecke.example.de",
      frm=("Lukas Brandt", "lukas.brandt@talentbruecke.example.de"),
      subject="Re: Dein Gespräch bei der Havelbank am 9. Juli",
      subj_enc=("utf-8", "Q"),
      date="2026-07-15 17:05:11 +0200", parent="talentbruecke_havelbank_interview",
      text=reply(_r22_new, TB_HAVELBANK, ("Lukas Brandt",
                 "lukas.brandt@talentbruecke.example.de"), "Mi., 1. Juli 2026 um 10:14",
                 "de")),
    R(slug="spreebogen_intern_besetzt", lang="de", company="Klinikum Spreebogen",
      contact="jana.scholz@klinikum-spreebogen.example.de",
      frm=("Jana Scholz", "jana.scholz@klinikum-spreebogen.example.de"),
      subject="Ihre Bewerbung – Datenanalyst (m/w/d) Medizincontrolling",
      date="2026-04-02 13:20:00 +0200", cte="base64", text=_r23,
      html=outlook_html(_r23)),
    # --- French
    R(slug="orvel_taleo_non_retenue", lang="fr", company="Maison Orvel", contact="",
      frm=("Maison Orvel Recrutement", "no-reply@taleo.net"),
      subject="Votre candidature – Analyste de données junior (H/F)",
      subj_enc=("windows-1252", "Q"),
      date="2026-02-04 10:00:00 +0100", charset="iso-8859-1", cte="quoted-printable",
      text=_r24, html=ats_card("Maison Orvel", _r24, "#111827")),
    R(slug="lumiere_gel_des_embauches", lang="fr", company="Assurances Lumière",
      contact="camille.aubert@assurances-lumiere.example.fr",
      frm=("Camille Aubert", "camille.aubert@assurances-lumiere.example.fr"),
      subject="Re: Entretien du 17 février – chargé d’études statistiques junior",
      subj_enc=("windows-1252", "Q"),
      date="2026-03-03 18:07:00 +0100", parent="lumiere_entretien",
      charset="windows-1252", cte="quoted-printable",
      text=reply(_r25_new, LUMIERE_INVITE, ("Camille Aubert",
                 "camille.aubert@assurances-lumiere.example.fr"), "mar. 10 févr. 2026 à 09:12",
                 "fr")),
    R(slug="veran_client_anonyme_autre_choix", lang="fr", company="Cabinet Véran",
      contact="j.marchetti@cabinet-veran.example.fr",
      frm=("Julien Marchetti", "j.marchetti@cabinet-veran.example.fr"),
      subject="Point sur la mission analyste reporting",
      date="2026-05-20 11:38:27 +0200", text=_r26, html=outlook_html(_r26),
      cte="quoted-printable"),
    R(slug="saint_aubin_terse_non", lang="fr", company="Hôpital Saint-Aubin",
      contact="lea.fontaine@hopital-saint-aubin.example.fr",
      frm=("Léa Fontaine", "lea.fontaine@hopital-saint-aubin.example.fr"),
      name_enc=("utf-8", "B"),
      subject="Re: Candidature – analyste de données DIM", subj_enc=("utf-8", "B"),
      date="2026-05-06 12:51:00 +0200", parent="<CAF206saintaubin01@mail.example.ie>",
      text=reply(_r27_new, _r27_old, ME, "lun. 4 mai 2026 à 08:30", "fr")),
    # --- Spanish
    R(slug="alcantara_cierre_tras_ausencia", lang="es", company="Seguros Alcántara",
      contact="marta.quintana@segurosalcantara.example.es",
      frm=("Marta Quintana", "marta.quintana@segurosalcantara.example.es"),
      subject="Proceso Analista de Datos Junior - Seguros Alcántara",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-07-30 13:10:00 +0200", charset="iso-8859-1", cte="quoted-printable",
      parent="alcantara_no_se_conecto", text=_r28),
    R(slug="tajo_smartrecruiters_no_continua", lang="es", company="Finanzas Tajo",
      contact="", frm=("Finanzas Tajo", "noreply@smartrecruiters.com"),
      subject="Tu candidatura en Finanzas Tajo",
      date="2026-10-09 09:15:00 +0200", cte="base64",
      text=_r29, html=ats_card("Finanzas Tajo", _r29, "#9a3412")),
    R(slug="reclutalia_mercadal_otro_perfil", lang="es", company="Grupo Mercadal",
      contact="alvaro.sanz@reclutalia.example.es",
      frm=("Álvaro Sanz", "alvaro.sanz@reclutalia.example.es"),
      name_enc=("iso-8859-1", "B"),
      subject="Re: Entrevista con Grupo Mercadal – jueves 26",
      date="2026-04-01 19:02:45 +0200", parent="reclutalia_mercadal_interview",
      text=reply(_r30_new, MERCADAL_INVITE, ("Álvaro Sanz",
                 "alvaro.sanz@reclutalia.example.es"), "mié, 18 mar 2026 a las 12:40", "es")),
    R(slug="manzanares_convocatoria_anulada", lang="es", company="Universidad del Manzanares",
      contact="", frm=("Universidad del Manzanares", "no-reply@umanzanares.example.es"),
      subject="Anulación de la convocatoria PTGAS-26-031",
      subj_enc=("iso-8859-1", "B"),
      date="2026-10-20 08:45:00 +0200", charset="iso-8859-1", cte="quoted-printable",
      text=_r31, headers=[("Auto-Submitted", "auto-generated")],
      pdf=[("Resolucion_PTGAS-26-031.pdf", [
          "UNIVERSIDAD DEL MANZANARES", "Rectorado", "",
          "Resolucion de 19 de octubre de 2026 por la que se deja sin efecto",
          "la convocatoria PTGAS-26-031 (Tecnico/a de Analisis de Datos).", "",
          "Motivo: razones presupuestarias sobrevenidas.", "", "El Rector"])]),
]
