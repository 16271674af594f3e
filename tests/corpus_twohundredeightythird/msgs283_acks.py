"""Corpus 283: application acknowledgements (21) and offers (10), hand-written."""

from __future__ import annotations

from msgs283_common import (
    CAND,
    ats_card,
    forward_block,
    on_wrote,
    paras,
    quote,
    word_html,
)
from msgs283_other import LANTERN_THANKS

ACK = "application_received"
OFFER = "offer"

# =================================================================== acknowledgements, en

_lantern_ack = """Dear Aisling,

Thank you for applying for the Community Fundraising Officer (REQ-0093) position at Lagan Lantern Hospice.

This email confirms that we have received your application. Our team will review it against the criteria for the role after the closing date of 30 January 2026. You can follow the status of your application at any time in your Workday candidate account.

Thank you for your interest in supporting people living with life-limiting illness in Belfast.

Lagan Lantern Hospice People Team"""

_kelvin_ack = """Hi Aisling,

Thanks for applying for Regional Fundraising Officer at Kelvin Heart Research. Your application has been received successfully.

What happens next? Our team reviews every application carefully. We receive a very large number of applications, so unfortunately we cannot reply to every applicant individually. If your experience matches what we are looking for, a member of the team will contact you within three weeks.

In the meantime, you can read about our research on our website.

Kelvin Heart Research Talent Team"""

_lsu_ack = """Dear Aisling Moreau-Kapoor,

Thank you for submitting your application for Alumni Fundraising Assistant (REQ-20417).

Your application is now with the recruiting team. Shortlisting is expected to take place in the week commencing 9 February 2026. You will be notified of the outcome through your candidate account and by email.

Lough Shore University is committed to equality of opportunity and welcomes applications from all sections of the community.

Talent Acquisition, Lough Shore University"""

_gantry_reg = """Hi Aisling,

Great to speak to you this afternoon and thanks for sending over your CV.

Just confirming you're now registered with Gantry Recruitment on our charity & not-for-profit desk. As we discussed, I'll be looking for community, events and individual giving roles in Belfast and Lisburn, ideally full-time, from around £24k.

Nothing will be sent to an employer without your say-so first. Could you complete the right-to-work check and the registration form via the link below when you get a minute?

https://portal.gantryrecruitment.example.co.uk/register/amk283

Speak soon,
Declan Hughes
Consultant - Charity & Not-for-Profit
Gantry Recruitment | 31 Donegall Street, Belfast BT1 2FG | 028 9024 0283"""

_bright_reg = """Dear Aisling,

Welcome to Bright Causes Talent, and thank you for registering with us.

We've received your CV and your preferences: fundraising and supporter-care roles in Dublin and along the Belfast-Dublin corridor, hybrid working preferred.

I'm your named consultant. I'll call you in the next few days for a 20-minute chat so I can understand what you're looking for, and I'll only ever put you forward for a role after we've spoken about it.

Kind regards,
Ciara Nolan
Senior Consultant, Not-for-Profit
Bright Causes Talent | 22 Merrion Row, Dublin 2 | +353 1 555 0192

Bright Causes Talent is licensed as an employment agency under the Employment Agency Act 1971. Your data is processed according to our candidate privacy notice."""

_island_ack = """Dear Aisling,

Thank you for your email and for your CV and covering letter for the Heritage Fundraising Officer post - we've received them safely.

The closing date is Friday 10 April, and the trustees will shortlist the following week. I will be in touch either way once that has happened.

Kind regards,
Eilís Magennis
Operations Manager, Island Mill Heritage Trust
Linen Green, Lisburn BT28 1AG | 028 9266 0030"""

_mourne_ack = """Dear Aisling Moreau-Kapoor

Ref: MCDC/26/114 - Community Lottery & Events Officer

Thank you for your application for the above post, which was received on 3 August 2026.

Applications will be shortlisted against the essential and desirable criteria as set out in the Job Description and Personnel Specification. Candidates who are shortlisted will be notified by email.

HR & Organisational Development
Mourne Coast District Council

This is an automated message. Please do not reply."""

_cavehill_ack = """Dear Aisling,

Thank you for your interest in Cavehill Respite Care.

We confirm receipt of your applications for the following positions:

- Events & Challenge Fundraiser (Req 26-0419)
- Community Fundraising Manager (Req 26-0420)

Each application will be reviewed separately by the hiring manager. You can check the status of your applications at any time by logging in to our careers portal.

Kind regards,
Cavehill Respite Care Recruitment"""

_clyde_ack = """Hi Aisling,

Thanks for applying to the Community Fundraising Coordinator role at Clyde Wynd Food Bank Network. We've got your application and our People Team will be reviewing applications after the closing date.

We aim to contact shortlisted candidates within four weeks of the closing date. If you have not heard from us by then, please assume that your application has not been successful on this occasion.

Thanks again for your interest in fighting food poverty across Glasgow.

The People Team, Clyde Wynd Food Bank Network"""

_craobh_ack = """Hi Aisling,

Thanks for applying for the Fundraising & Outreach Worker role at Craobh Community Arts! Your application has been submitted.

We'll be in touch as soon as the team has had a chance to look through applications. There's nothing else you need to do for now.

Craobh Community Arts"""

_anna_ack = """Hi Aisling,

We've received your application for Literacy Campaigns Fundraiser - thank you!

Our team reviews every application by hand, so it can take up to two weeks for us to get back to you. We'll email you either way.

Warmly,
Anna Livia Literacy Trust"""

_uwc_ack = """Dear Aisling

Thank you for your application for the position of Philanthropy Officer (Regular Giving), vacancy reference UWC-04411.

We confirm that your application has been received. The closing date for this vacancy is 23 August 2026. Interviews are expected to take place in the week beginning 14 September 2026.

Please note that correspondence about your application will be sent to this email address; please check your junk folder regularly.

University of West Clydeside - Human Resources"""

# =================================================================== acknowledgements, de

_domstadt_ack = """Hallo Aisling Moreau-Kapoor,

vielen Dank für Ihre Bewerbung als Referentin Spenderbetreuung (m/w/d) bei der Domstadt Kinderhilfe!

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Wir melden uns innerhalb von zwei Wochen bei Ihnen.

Viele Grüße
Ihr Team der Domstadt Kinderhilfe

Diese E-Mail wurde automatisch über Personio versendet."""

_rheinbogen_ack = """Sehr geehrte Frau Moreau-Kapoor,

vielen Dank für Ihre Online-Bewerbung auf die Stelle "Mitarbeiterin Alumni-Fundraising" (Kennziffer 2026-017). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Die Bewerbungsfrist endet am 31. Januar 2026. Bitte haben Sie Verständnis dafür, dass wir bei der großen Zahl von Bewerbungen Anfragen zum Stand des Verfahrens nicht einzeln beantworten können. Sie erhalten nach Abschluss der Vorauswahl eine Nachricht von uns.

Mit freundlichen Grüßen
Dezernat Personal
Universität am Rheinbogen

Dies ist eine automatisch erzeugte Nachricht."""

_rha_ack = """Liebe Frau Moreau-Kapoor,

herzlichen Dank für Ihre Bewerbung und die freundliche Mail aus Belfast!

Ihre Unterlagen sind vollständig bei uns angekommen. Unser Vorstand sichtet die Bewerbungen in der kommenden Woche; ich melde mich danach bei Ihnen.

Herzliche Grüße
Katrin Obermeier
Koordination Fundraising
Hospizverein Rheinauhafen | Agrippinawerft 30 | 50678 Köln"""

# =================================================================== acknowledgements, fr

_estuaire_ack = """Bonjour Aisling,

Nous avons bien reçu votre candidature au poste de chargée de collecte de fonds auprès des particuliers et nous vous en remercions.

Notre équipe l'étudiera avec attention dans les prochaines semaines. En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chaque candidature : si votre profil est retenu pour un entretien, nous vous contacterons d'ici le 20 avril.

À bientôt peut-être,
L'équipe de la Fondation Estuaire Solidaire"""

_sillon_reg = """Bonjour Aisling,

Suite à notre échange téléphonique de ce matin, je vous confirme votre inscription auprès du Cabinet Sillon Recrutement.

Votre CV et votre lettre de motivation sont bien enregistrés dans notre base. Comme convenu, je vous proposerai des postes dans le mécénat, la collecte et les relations donateurs, en priorité à Nantes et Saint-Nazaire.

Je ne transmettrai jamais votre dossier à un client sans votre accord préalable.

Bien à vous,
Mathilde Kervella
Consultante associée - Cabinet Sillon Recrutement
5 rue Crébillon, 44000 Nantes - 06 12 00 02 83"""

_ulo_ack = """Madame,

Nous accusons réception de votre candidature au poste de chargé(e) de mécénat et relations alumni (réf. ULO-2026-088).

Votre dossier sera examiné par la commission de recrutement après la date de clôture de l'offre, fixée au 14 septembre 2026. Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Cordialement,
La Direction des ressources humaines
Université Loire-Océan

Merci de ne pas répondre à ce message automatique."""

# =================================================================== acknowledgements, es

_ria_ack = """Hola Aisling:

¡Gracias por presentar tu candidatura para el puesto de Técnica de Captación de Fondos en Fundación Ría Solidaria!

Hemos recibido tu solicitud correctamente. Nuestro equipo la revisará en los próximos días y nos pondremos en contacto contigo si tu perfil encaja con lo que buscamos.

Un saludo,
Fundación Ría Solidaria"""

_bizkaia_reg = """Hola Aisling:

Encantada de haber hablado contigo. Te confirmo que ya estás dada de alta en Bizkaia Talento Social y que hemos recibido tu currículum y tu carta de presentación.

Te he incluido en nuestra bolsa de perfiles para puestos de captación de fondos, eventos solidarios y atención a socios en Bilbao y Gran Bilbao. Cuando surja una vacante que encaje contigo, te llamaré antes de presentar tu candidatura a ningún cliente.

Un abrazo,
Amaia Etxeberria
Consultora - Bizkaia Talento Social
Gran Vía 45, 48011 Bilbao - 944 00 04 17"""

_nervion_ack = """Hola Aisling,

Hemos recibido tu candidatura para Coordinadora de Mecenazgo y Amigos del Teatro. ¡Gracias por tu interés en el Teatro del Nervión!

Revisaremos todas las candidaturas una vez cerrado el plazo, el 12 de julio. Te escribiremos para informarte de los siguientes pasos.

Un saludo,
Equipo de Personas - Teatro del Nervión"""

# =================================================================== offers

_lantern_offer = """Dear Aisling,

Thank you again for your note after your interview on the 16th - it was lovely to read.

I am delighted to confirm that the panel would like to offer you the post of Community Fundraising Officer at Lagan Lantern Hospice, on a permanent, full-time basis (37.5 hours per week).

Your formal offer letter is attached. The main points are:
- salary: £26,420 per annum (NJC point 14), rising after a six-month probation
- start date: Monday 23 March 2026, or by agreement
- 27 days' annual leave plus bank holidays
- employer pension contribution of 6%

The offer is subject to two satisfactory references and an Access NI check. Please sign and return the acceptance slip on page 2 by Friday 6 March, or give me a call if you'd like to talk anything through first.

We're all really looking forward to working with you.

Warm wishes,
Niamh

Niamh Quinn
Head of Community Fundraising
Lagan Lantern Hospice | 40 Stranmillis Embankment, Belfast BT9 5FR | 028 9038 0283"""

_gantry_offer = """Aisling!!

Harbour Lights have just been on the phone - the client wants to make you an offer for the Community & Events Fundraiser role. Gareth said you were the stand-out candidate of the day.

Headline terms:
- £25,200 basic, 35 hours
- Start Monday 6 April (they're flexible by a week or two)
- Hybrid: two days from home once you're settled

I've not said yes on your behalf, obviously. Ring me as soon as you get this and we'll talk it through, and then I'll get the paperwork moving.

Congratulations - well deserved.

Declan
Gantry Recruitment | 028 9024 0283 | 07700 900 614"""

_dodder_offer = """Hi Aisling,

Lovely to speak earlier - as promised, here it is in writing!

We'd like to offer you the role of Friends & Fundraising Coordinator at Dodder Arts Centre. The key details we talked about:

Salary: €34,500 per year
Hours: 39 per week, Tuesday to Saturday during the season
Start date: Tuesday 5 May 2026
Contract: permanent, with a six-month probation

Cathal is drawing up the formal contract and will send it on by Monday. In the meantime, if you could reply to confirm you're happy to accept, that'd be great, and I'll tell the team.

I'm so pleased - welcome aboard (almost)!

Saoirse"""

_ormeau_offer = """Dear Aisling,

Following Wednesday's call, I am pleased to send you your contract of employment for the post of Community Fundraising & Volunteer Coordinator at Ormeau Community Garden Trust.

Your contract and the new-starter forms are attached. Please read them carefully, then sign the contract and return it to me by Friday 28 August. You can print, sign and scan it, or sign it electronically using the link below:

https://sign.ormeaugarden.example.org.uk/c/amk-2026-08

Your start date will be Monday 7 September 2026 at 9.30am at the Garden Lodge. Please bring your passport or other right-to-work document on your first day.

If anything in the contract does not match what we agreed, just let me know.

Best wishes,
Brenda Loughran
Office & HR Manager
Ormeau Community Garden Trust
Garden Lodge, Ormeau Embankment, Belfast BT6 8LT | 028 9064 0283

Ormeau Community Garden Trust is a company limited by guarantee and a registered charity."""

_uwc_offer = """Dear Aisling

Philanthropy Officer (Regular Giving) - UWC-04411

Following your recent interview, I am pleased to offer you the above post at the University of West Clydeside.

This offer is conditional upon:
1. receipt of two satisfactory references;
2. evidence of your right to work in the UK;
3. a satisfactory health questionnaire.

Your starting salary will be £29,605 per annum (Grade 5, point 19). Full terms and conditions are set out in the attached offer letter.

Please confirm whether you accept this offer by replying to this email by 9 October 2026.

Yours sincerely

Callum Rennie
HR Adviser, University of West Clydeside
Tel: 0141 496 0904"""

_fionn_hr = """Dear Aisling,

Further to your interview on 3 June, I am delighted to offer you the position of Supporter Engagement Executive at Fionn Ocean Trust.

Salary: €36,000 per annum
Start date: 1 July 2026
Location: Sir John Rogerson's Quay, Dublin 2 (hybrid)

Please see the attached contract and confirm your acceptance by 17 June.

Kind regards,
Gavin Tuohy
HR & Operations, Fionn Ocean Trust"""

_fionn_new = """Aisling - forwarding Gavin's email below, as it bounced from the address we had on file (we had a typo in "example"). The offer letter is attached.

Really hope you say yes. Give me a shout if you have any questions at all.

Aoife

Aoife Fitzgerald
CEO, Fionn Ocean Trust | +353 1 555 0377"""

_rha_offer = """Liebe Frau Moreau-Kapoor,

es freut mich sehr, Ihnen im Namen unseres Vorstands mitteilen zu dürfen: Wir möchten Sie als Referentin Fundraising & Ehrenamt einstellen!

Im Anhang finden Sie unser Vertragsangebot mit allen Details. Die wichtigsten Eckpunkte:

- Beginn: 1. September 2026
- 30 Wochenstunden, unbefristet, Probezeit sechs Monate
- Vergütung in Anlehnung an TVöD, Entgeltgruppe 9a
- Bildungsurlaub und ein Deutschkurs-Zuschuss im ersten Jahr

Bitte geben Sie uns bis zum 26. Juni Bescheid, ob Sie das Angebot annehmen. Für Fragen rufen Sie mich jederzeit an.

Herzliche Grüße
Katrin Obermeier
Koordination Fundraising
Hospizverein Rheinauhafen
Tel. 0221 555 0930"""

_chezine_offer = """Bonjour Aisling,

Suite à nos échanges et à votre rencontre avec l'équipe, j'ai le grand plaisir de vous proposer le poste de chargée de développement et de mécénat au Théâtre de la Chézine.

Vous trouverez ci-joint votre promesse d'embauche, qui précise les conditions : CDI à temps plein, statut agent de maîtrise, rémunération brute annuelle de 28 200 euros, prise de poste le 1er juillet 2026.

Merci de me retourner le document daté et signé avant le 5 juin. N'hésitez pas à m'appeler pour en parler.

Bien cordialement,

Sophie Le Gall
Directrice administrative et financière
Théâtre de la Chézine
8 rue de la Chézine - 44100 Nantes
02 40 55 07 41"""

_sillon_offer = """Bonjour Aisling,

Je sors d'un rendez-vous avec l'Épicerie Solidaire Île de Nantes : ils souhaitent vous faire une proposition pour le poste de coordinatrice collecte et bénévolat !

Les grandes lignes : CDI, 32 heures par semaine, 25 500 euros bruts annuels, démarrage en septembre. Leur présidente vous écrira directement la semaine prochaine avec le contrat.

Appelez-moi dès que vous le pouvez pour que nous en parlions. Félicitations, c'est amplement mérité.

Mathilde Kervella
Cabinet Sillon Recrutement - 06 12 00 02 83"""

_itsasoa_offer = """Hola Aisling:

Como te adelanté ayer por teléfono, nos encantaría que te incorporaras a Itsasoa como Técnica de Eventos Solidarios.

Te resumo la propuesta:
- Contrato indefinido a jornada completa
- Salario bruto anual: 27.500 € en 14 pagas
- Incorporación: lunes 2 de noviembre de 2026
- Teletrabajo un día a la semana

Si te parece bien, respóndeme a este correo aceptando la oferta y te prepararemos el contrato para firmarlo el primer día.

¡Estamos muy contentas de que formes parte del equipo!

Nerea Agirre
Coordinación de Voluntariado y Eventos
Itsasoa Cuidados Paliativos
Tel. 944 00 09 21"""


MESSAGES = [
    # ================================================================ acks en
    {
        "name": "workday_received", "kind": ACK, "lang": "en",
        "company": "Lagan Lantern Hospice", "contact": "",
        "frm": ("Lagan Lantern Hospice", "laganlantern@myworkday.com"),
        "subject": "Thank you for applying: Community Fundraising Officer (REQ-0093)",
        "date": "2026-01-12T21:14:00+00:00", "key": "lantern-ack",
        "text": _lantern_ack,
        "html": ats_card("Lagan Lantern Hospice", "#9a3412", paras(_lantern_ack),
                      "Lagan Lantern Hospice - powered by Workday"),
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "smartrecruiters_cannot_reply_individually", "kind": ACK, "lang": "en",
        "company": "Kelvin Heart Research", "contact": "",
        "frm": ("Kelvin Heart Research", "no-reply@smartrecruiters.com"),
        "subject": "Thanks for applying to Kelvin Heart Research",
        "date": "2026-03-03T08:41:00+00:00", "key": "kelvin-ack",
        "html": ats_card("Kelvin Heart Research", "#be123c", paras(_kelvin_ack),
                      "Powered by SmartRecruiters | Privacy Policy"),
        "cte": "base64",
    },
    {
        "name": "workday_university_received", "kind": ACK, "lang": "en",
        "company": "Lough Shore University", "contact": "",
        "frm": ("Lough Shore University", "loughshore@myworkday.com"),
        "subject": "Application received - REQ-20417 Alumni Fundraising Assistant",
        "date": "2026-01-28T17:03:00+00:00", "key": "lsu-ack",
        "text": _lsu_ack,
    },
    {
        "name": "agency_registration_belfast", "kind": ACK, "lang": "en",
        "company": "Gantry Recruitment", "contact": "declan.hughes@gantryrecruitment.example.co.uk",
        "frm": ("Declan Hughes", "declan.hughes@gantryrecruitment.example.co.uk"),
        "subject": "Welcome to Gantry Recruitment - your registration",
        "date": "2026-01-20T15:52:00+00:00", "key": "gantry-reg",
        "text": _gantry_reg, "html": word_html(paras(_gantry_reg)),
    },
    {
        "name": "agency_registration_dublin_html", "kind": ACK, "lang": "en",
        "company": "Bright Causes Talent", "contact": "ciara.nolan@brightcauses.example.ie",
        "frm": ("Bright Causes Talent", "noreply@brightcauses.example.ie"),
        "reply_to": ("Ciara Nolan", "ciara.nolan@brightcauses.example.ie"),
        "subject": "Your registration with Bright Causes Talent",
        "date": "2026-01-26T10:09:00+00:00",
        "html": ats_card("Bright Causes Talent", "#f59e0b", paras(_bright_reg),
                      "Bright Causes Talent, 22 Merrion Row, Dublin 2"),
    },
    {
        "name": "heritage_trust_cv_received", "kind": ACK, "lang": "en",
        "company": "Island Mill Heritage Trust", "contact": "eilis.magennis@islandmill.example.org.uk",
        "frm": ("Eilís Magennis", "eilis.magennis@islandmill.example.org.uk"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "RE: Application - Heritage Fundraising Officer",
        "date": "2026-03-30T12:26:00+01:00", "key": "island-cv-received", "refs": ["island-app"],
        "text": _island_ack, "cte": "quoted-printable",
    },
    {
        "name": "taleo_council_received", "kind": ACK, "lang": "en",
        "company": "Mourne Coast District Council", "contact": "",
        "frm": ("Mourne Coast District Council", "mournecoast@taleo.net"),
        "subject": "Application received - MCDC/26/114",
        "date": "2026-08-03T23:10:00+01:00", "key": "mourne-ack",
        "text": _mourne_ack,
        "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    },
    {
        "name": "icims_two_roles_received", "kind": ACK, "lang": "en",
        "company": "Cavehill Respite Care", "contact": "",
        "frm": ("Cavehill Respite Care Recruitment", "donotreply@icims.com"),
        "subject": "We have received your applications",
        "date": "2026-09-01T20:30:00+01:00", "key": "cavehill-ack",
        "text": _cavehill_ack,
        "html": ats_card("Cavehill Respite Care", "#047857", paras(_cavehill_ack),
                      "Cavehill Respite Care uses iCIMS to manage recruitment."),
    },
    {
        "name": "lever_assume_unsuccessful_clause", "kind": ACK, "lang": "en",
        "company": "Clyde Wynd Food Bank Network", "contact": "",
        "frm": ("Clyde Wynd Food Bank Network", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Clyde Wynd Food Bank Network",
        "date": "2026-01-16T19:22:00+00:00", "key": "clyde-ack",
        "text": _clyde_ack, "html": paras(_clyde_ack),
    },
    {
        "name": "workable_submitted", "kind": ACK, "lang": "en",
        "company": "Craobh Community Arts", "contact": "",
        "frm": ("Craobh Community Arts", "noreply@candidates.workablemail.com"),
        "subject": "Thanks for applying to Craobh Community Arts",
        "date": "2026-10-02T13:13:00+01:00",
        "html": ats_card("Craobh Community Arts", "#7c3aed", paras(_craobh_ack),
                      "Sent via Workable"),
    },
    {
        "name": "ashby_received", "kind": ACK, "lang": "en",
        "company": "Anna Livia Literacy Trust", "contact": "",
        "frm": ("Anna Livia Literacy Trust", "no-reply@ashbyhq.com"),
        "subject": "We received your application!",
        "date": "2026-08-10T07:55:00+01:00", "key": "anna-ack",
        "text": _anna_ack,
    },
    {
        "name": "successfactors_university_received", "kind": ACK, "lang": "en",
        "company": "University of West Clydeside", "contact": "",
        "frm": ("University of West Clydeside Recruitment", "uwc-recruitment-noreply@successfactors.eu"),
        "subject": "UWC-04411 Philanthropy Officer (Regular Giving): application received",
        "date": "2026-08-05T16:48:00+01:00", "key": "uwc-ack",
        "text": _uwc_ack, "cte": "base64",
    },
    # ================================================================ acks de
    {
        "name": "personio_eingang", "kind": ACK, "lang": "de",
        "company": "Domstadt Kinderhilfe", "contact": "",
        "frm": ("Domstadt Kinderhilfe", "no-reply@personio.de"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-02-10T18:02:00+01:00", "key": "domstadt-ack",
        "text": _domstadt_ack, "html": paras(_domstadt_ack),
    },
    {
        "name": "softgarden_eingangsbestaetigung", "kind": ACK, "lang": "de",
        "company": "Universität am Rheinbogen", "contact": "",
        "frm": ("Universität am Rheinbogen", "jobs-noreply@softgarden.io"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-017",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-14T09:30:00+01:00", "key": "rheinbogen-ack",
        "text": _rheinbogen_ack, "charset": "iso-8859-1", "cte": "base64",
    },
    {
        "name": "hospiz_unterlagen_angekommen", "kind": ACK, "lang": "de",
        "company": "Hospizverein Rheinauhafen", "contact": "k.obermeier@hospiz-rheinauhafen.example.de",
        "frm": ("Katrin Obermeier", "k.obermeier@hospiz-rheinauhafen.example.de"),
        "subject": "AW: Bewerbung Referentin Fundraising & Ehrenamt",
        "date": "2026-05-04T09:12:00+02:00", "key": "rha-ack", "refs": ["rha-app"],
        "text": _rha_ack, "charset": "windows-1252", "cte": "8bit",
    },
    # ================================================================ acks fr
    {
        "name": "teamtailor_accuse_reception", "kind": ACK, "lang": "fr",
        "company": "Fondation Estuaire Solidaire", "contact": "",
        "frm": ("Fondation Estuaire Solidaire", "no-reply@teamtailor-mail.com"),
        "subject": "Merci pour votre candidature !",
        "date": "2026-04-02T11:11:00+02:00", "key": "estuaire-ack",
        "text": _estuaire_ack,
        "html": ats_card("Fondation Estuaire Solidaire", "#1d4ed8", paras(_estuaire_ack),
                      "Envoyé avec Teamtailor", lang="fr"),
        "cte": "quoted-printable",
    },
    {
        "name": "cabinet_inscription", "kind": ACK, "lang": "fr",
        "company": "Cabinet Sillon Recrutement", "contact": "mathilde.kervella@cabinet-sillon.example.fr",
        "frm": ("Mathilde Kervella", "mathilde.kervella@cabinet-sillon.example.fr"),
        "subject": "Confirmation de votre inscription - Cabinet Sillon",
        "date": "2026-03-09T12:47:00+01:00", "key": "sillon-reg",
        "text": _sillon_reg, "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "name": "taleo_accuse_universite", "kind": ACK, "lang": "fr",
        "company": "Université Loire-Océan", "contact": "",
        "frm": ("Université Loire-Océan - Recrutement", "universiteloireocean@taleo.net"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Accusé de réception de votre candidature",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-09-02T14:30:00+02:00", "key": "ulo-ack",
        "html": ats_card("Université Loire-Océan", "#0e7490", paras(_ulo_ack),
                      "Message automatique", lang="fr"),
        "cte": "base64",
    },
    # ================================================================ acks es
    {
        "name": "workable_solicitud_recibida", "kind": ACK, "lang": "es",
        "company": "Fundación Ría Solidaria", "contact": "",
        "frm": ("Fundación Ría Solidaria", "noreply@candidates.workablemail.com"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Gracias por tu candidatura a Fundación Ría Solidaria",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-06-01T16:20:00+02:00", "key": "ria-ack",
        "text": _ria_ack,
        "html": ats_card("Fundación Ría Solidaria", "#0369a1", paras(_ria_ack),
                      "Enviado a través de Workable", lang="es"),
    },
    {
        "name": "agencia_alta", "kind": ACK, "lang": "es",
        "company": "Bizkaia Talento Social", "contact": "amaia.etxeberria@bizkaiatalento.example.es",
        "frm": ("Amaia Etxeberria", "amaia.etxeberria@bizkaiatalento.example.es"),
        "subject": "Alta en Bizkaia Talento Social",
        "date": "2026-02-16T17:35:00+01:00",
        "text": _bizkaia_reg, "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "name": "recruitee_recibida", "kind": ACK, "lang": "es",
        "company": "Teatro del Nervión", "contact": "",
        "frm": ("Teatro del Nervión", "no-reply@jobs.recruitee.com"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-07-02T10:02:00+02:00", "key": "nervion-ack",
        "text": _nervion_ack, "cte": "quoted-printable",
    },
    # ================================================================ offers
    {
        "name": "hospice_offer_letter_pdf", "kind": OFFER, "lang": "en",
        "company": "Lagan Lantern Hospice", "contact": "niamh.quinn@laganlantern.example.co.uk",
        "frm": ("Niamh Quinn", "niamh.quinn@laganlantern.example.co.uk"),
        "subject": "Re: Thank you",
        "date": "2026-02-24T11:05:00+00:00", "key": "lantern-offer",
        "refs": ["lantern-moved", "lantern-thanks"],
        "text": _lantern_offer + "\n\n" + on_wrote("en", "Mon, 16 Feb 2026 at 19:21", *CAND) + "\n"
        + quote(LANTERN_THANKS),
        "html": paras(_lantern_offer + "\n\n" + on_wrote("en", "Mon, 16 Feb 2026 at 19:21", *CAND)
                   + "\n" + quote(LANTERN_THANKS)),
        "pdfs": [{"filename": "Offer_Letter_Aisling_Moreau-Kapoor.pdf",
                   "title": "Lagan Lantern Hospice - Offer of Employment",
                   "lines": ["Post: Community Fundraising Officer (REQ-0093)",
                          "Salary: GBP 26,420 per annum (NJC point 14)",
                          "Start date: 23 March 2026",
                          "Conditional on references and Access NI check",
                          "Acceptance slip: please sign and return by 6 March 2026"]}],
    },
    {
        "name": "agency_client_wants_to_offer", "kind": OFFER, "lang": "en",
        "company": "Harbour Lights Youth Trust", "contact": "declan.hughes@gantryrecruitment.example.co.uk",
        "frm": ("Declan Hughes", "declan.hughes@gantryrecruitment.example.co.uk"),
        "subject": "OFFER!! Harbour Lights",
        "date": "2026-03-05T14:02:00+00:00", "key": "gantry-hl-offer", "refs": ["gantry-hl-moved"],
        "text": _gantry_offer,
    },
    {
        "name": "verbal_offer_in_writing", "kind": OFFER, "lang": "en",
        "company": "Dodder Arts Centre", "contact": "saoirse@dodderarts.example.ie",
        "frm": ("Saoirse Byrne", "saoirse@dodderarts.example.ie"),
        "subject": "As promised - your offer",
        "date": "2026-04-17T17:26:00+01:00", "key": "dodder-offer", "refs": ["dodder-moved"],
        "text": _dodder_offer, "html": paras(_dodder_offer), "html_cte": "base64",
    },
    {
        "name": "contract_for_signature", "kind": OFFER, "lang": "en",
        "company": "Ormeau Community Garden Trust", "contact": "brenda.loughran@ormeaugarden.example.org.uk",
        "frm": ("Brenda Loughran", "brenda.loughran@ormeaugarden.example.org.uk"),
        "subject": "Your contract of employment - please sign and return",
        "date": "2026-08-21T10:40:00+01:00",
        "text": _ormeau_offer,
        "pdfs": [{"filename": "Contract_AMK_Community_Fundraising_Volunteer_Coordinator.pdf",
                   "title": "Contract of Employment",
                   "lines": ["Employer: Ormeau Community Garden Trust",
                          "Employee: Aisling Moreau-Kapoor",
                          "Post: Community Fundraising & Volunteer Coordinator",
                          "Start: 7 September 2026",
                          "Signed: ____________________  Date: __________"]},
              {"filename": "New_Starter_Form.pdf", "title": "New starter form",
                   "lines": ["Bank details", "Emergency contact", "Tax code / P45"]}],
    },
    {
        "name": "university_conditional_offer", "kind": OFFER, "lang": "en",
        "company": "University of West Clydeside", "contact": "callum.rennie@westclydeside.example.ac.uk",
        "frm": ("Callum Rennie", "callum.rennie@westclydeside.example.ac.uk"),
        "subject": "Conditional offer of appointment - UWC-04411",
        "date": "2026-09-30T15:12:00+01:00", "key": "uwc-offer", "refs": ["uwc-ack"],
        "text": _uwc_offer, "html": word_html(paras(_uwc_offer)),
        "pdfs": [{"filename": "UWC-04411_Offer_Letter.pdf",
                   "title": "University of West Clydeside - Conditional Offer",
                   "lines": ["Philanthropy Officer (Regular Giving)", "Grade 5, point 19",
                          "Please reply by 9 October 2026"]}],
    },
    {
        "name": "ceo_forwards_hr_offer", "kind": OFFER, "lang": "en",
        "company": "Fionn Ocean Trust", "contact": "aoife.fitzgerald@fionnocean.example.ie",
        "frm": ("Aoife Fitzgerald", "aoife.fitzgerald@fionnocean.example.ie"),
        "subject": "Fwd: Offer of employment - Supporter Engagement Executive",
        "date": "2026-06-10T08:58:00+01:00",
        "text": _fionn_new + "\n\n" + forward_block(
            "en", "Gavin Tuohy <gavin.tuohy@fionnocean.example.ie>", "Mon, 8 Jun 2026 at 16:30",
            "Offer of employment - Supporter Engagement Executive",
            "Aisling Moreau-Kapoor <aisling.mk@exmaple.co.uk>") + "\n\n" + _fionn_hr,
        "pdfs": [{"filename": "Fionn_Ocean_Trust_Contract_AMK.pdf",
                   "title": "Fionn Ocean Trust - Contract of Employment",
                   "lines": ["Supporter Engagement Executive", "EUR 36,000 per annum",
                          "Start: 1 July 2026"]}],
    },
    {
        "name": "vertragsangebot_pdf", "kind": OFFER, "lang": "de",
        "company": "Hospizverein Rheinauhafen", "contact": "k.obermeier@hospiz-rheinauhafen.example.de",
        "frm": ("Katrin Obermeier", "k.obermeier@hospiz-rheinauhafen.example.de"),
        "subject": "Unser Angebot für Sie",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-06-12T15:45:00+02:00", "key": "rha-offer", "refs": ["rha-moved"],
        "text": _rha_offer, "html": paras(_rha_offer), "cte": "quoted-printable",
        "pdfs": [{"filename": "Vertragsangebot_Moreau-Kapoor.pdf",
                   "title": "Hospizverein Rheinauhafen - Vertragsangebot",
                   "lines": ["Referentin Fundraising & Ehrenamt", "Beginn: 1. September 2026",
                          "30 Wochenstunden, unbefristet", "Entgeltgruppe 9a (angelehnt an TVoeD)"]}],
    },
    {
        "name": "promesse_embauche_pdf", "kind": OFFER, "lang": "fr",
        "company": "Théâtre de la Chézine", "contact": "sophie.legall@theatre-chezine.example.fr",
        "frm": ("Sophie Le Gall", "sophie.legall@theatre-chezine.example.fr"),
        "subject": "Proposition d'embauche - chargée de développement et de mécénat",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-05-28T18:10:00+02:00",
        "text": _chezine_offer, "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [{"filename": "Promesse_embauche_Moreau-Kapoor.pdf",
                   "title": "Theatre de la Chezine - Promesse d'embauche",
                   "lines": ["CDI temps plein - agent de maitrise", "28 200 euros bruts annuels",
                          "Prise de poste : 1er juillet 2026"]}],
    },
    {
        "name": "cabinet_client_veut_proposer", "kind": OFFER, "lang": "fr",
        "company": "Épicerie Solidaire Île de Nantes", "contact": "mathilde.kervella@cabinet-sillon.example.fr",
        "frm": ("Mathilde Kervella", "mathilde.kervella@cabinet-sillon.example.fr"),
        "subject": "Bonne nouvelle - Épicerie Solidaire Île de Nantes",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-06-24T13:20:00+02:00",
        "text": _sillon_offer, "html": paras(_sillon_offer),
    },
    {
        "name": "oferta_tras_llamada", "kind": OFFER, "lang": "es",
        "company": "Itsasoa Cuidados Paliativos", "contact": "nerea.agirre@itsasoa.example.es",
        "frm": ("Nerea Agirre", "nerea.agirre@itsasoa.example.es"),
        "subject": "Tu incorporación a Itsasoa",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-10-06T09:50:00+02:00", "key": "itsasoa-offer", "refs": ["itsasoa-moved"],
        "text": _itsasoa_offer, "cte": "base64",
    },
]
