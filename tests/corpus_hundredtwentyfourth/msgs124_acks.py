"""Application acknowledgements and offers of the hundred-and-twenty-fourth corpus, written one by one
(see make_hundredtwentyfourth.py for the spec keys).
"""

from __future__ import annotations

from msgs124_common import (
    MID,
    button,
    card_html,
    corporate_html,
    gmail_pair,
    outlook_html,
    paras,
    pixel,
    trk,
)

# ----------------------------------------------------------------------------- application received

A01_TEXT = """\
Dear Saoirse,

Thank you for applying for Territory Manager \u2013 Companion Animal (Dublin South) (R-004127) at Vetlink Pharma Ireland.

We have successfully received your application. Our Talent Acquisition team will now review it against the requirements of the role. If your skills and experience match our needs, a member of the team will be in touch with you about the next steps.

You can check the status of your application at any time by signing in to Candidate Home.

Kind regards,
Talent Acquisition Team
Vetlink Pharma Ireland"""

A02_TEXT = """\
Hi Saoirse,

Thanks for your interest in herdwise and for applying to the Customer Success Specialist role!

We're a small team, so every application is read by a real person \u2013 usually Niamh from People & Talent or one of the founders. We aim to get back to everyone within two weeks, whatever the outcome.

In the meantime, you might enjoy our blog post on how we built our first calving alert with three dairy farmers in Athenry: https://herdwise.example.com/blog/first-calving-alert

Cheers,
The herdwise team

---
This is an automated message sent via Greenhouse. Please don't reply to this email."""

A03_TEXT = """\
Dear Applicant,

Position: Agri-Store & Animal Health Sales Advisor (Tuam branch)

Thank you for your application for the above position. This email is to confirm that your application has been received.

Due to the high volume of applications we receive, we regret that we cannot reply to every applicant individually. If you have not heard from us within 4 weeks of the closing date (Friday 30 January 2026), please consider your application unsuccessful on this occasion.

We thank you for your interest in Tuam Co-op.

Recruitment Team
Tuam Agricultural Co-operative Society Ltd
Dublin Road, Tuam, Co. Galway
"""

A07_TEXT = """\
Dear Saoirse Lindqvist,

Thank you for your interest in Norvane Animal Health.

This email confirms that we have received your application for the position of Key Account Manager - Ruminants (Req 26-0412).

Our Talent Acquisition team will review your qualifications against the requirements of the role. Should your profile be selected for further consideration, we will contact you to discuss next steps. You may check the status of your application at any time by logging into your candidate account.

Best regards,
Norvane Animal Health - Talent Acquisition Ireland & UK

Please note: this is an automatically generated email. Replies to this address are not monitored.
Norvane Animal Health is a trading name of Aldergrove Life Sciences (Ireland) Limited, registered in Ireland under number 301577.
"""

A09_TEXT = """\
Dear Ms Lindqvist,

Research Support Officer (Clinical Trials), School of Veterinary Medicine - Ref. SBU/26/0117

Thank you for your application for the above post, which has been received by Human Resources.

Shortlisting will take place after the closing date of Friday 6 February 2026. Candidates who are shortlisted will be contacted by email with details of the interview arrangements.

Please note that if you have not heard from us within four weeks of the closing date, you should assume that your application has not been successful on this occasion.

Please quote the reference number above in all correspondence.

Recruitment Team | Human Resources | St. Brendan's University Dublin
"""

A10_TEXT = """\
Thanks Saoirse, got your CV and the cover note - all looks great.

I'll send it over to Carraig Animal Health this afternoon for the Territory Sales Rep (South West) role and will come back to you as soon as I hear anything. They're usually quick, within the week.

Rory

Rory Flanagan
Senior Consultant - Animal Health & Veterinary
Emerald Life Science Recruitment
M: +353 87 411 2093

On Wed, 4 Mar 2026 at 08:52, Saoirse Lindqvist <saoirse.l@example.ie> wrote:
> Hi Rory,
>
> As promised, updated CV attached, plus a short cover note for the Carraig role. Happy for you to put me forward.
>
> Thanks,
> Saoirse
"""

A11_TEXT = """\
Dear Candidate

Competition: Laboratory Support Officer (Veterinary Sciences Division)
Reference: NIAFL/26/031

This is an automated message to confirm that your application for the above competition has been received.

Your candidate number is 2260-0988. Please quote it in all communications about this competition.

Applications will be sifted after the closing date against the criteria in the candidate information booklet. You will be notified of the outcome by email and through the recruitment portal.

Please do not reply to this email. This mailbox is not monitored.

Recruitment Team
NI Agri-Food Laboratories
"""

A12_TEXT = """\
Hi Saoirse,

Woohoo \u2013 we got your application for Farmer Success Lead! \U0001F389

Here's what happens next: \u00d3rla and I read every application ourselves (no robots, promise), and we'll get back to you within three weeks, whatever the answer.

Questions in the meantime? Just reply to this email \u2013 it lands in the shared jobs inbox that we check every morning.

Dara
Co-founder, Calvr"""

A13_TEXT = """\
Bonjour Saoirse,

Nous accusons bonne r\u00e9ception de votre candidature au poste de D\u00e9l\u00e9gu\u00e9(e) technique \u00e9levage \u2013 Auvergne-Rh\u00f4ne-Alpes (r\u00e9f. VET-2026-031) et vous remercions de l'int\u00e9r\u00eat que vous portez aux Laboratoires V\u00e9talis.

Votre dossier va \u00eatre \u00e9tudi\u00e9 avec attention par notre \u00e9quipe recrutement et par le manager du poste. Nous reviendrons vers vous dans les meilleurs d\u00e9lais.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Cordialement,
L'\u00e9quipe Recrutement
Laboratoires V\u00e9talis"""

A14_TEXT = """\
Madame,

Nous accusons r\xe9ception de votre candidature au poste de Charg\xe9(e) de pharmacovigilance v\xe9t\xe9rinaire et vous en remercions.

Votre dossier sera examin\xe9 avec la plus grande attention. Sans r\xe9ponse de notre part dans un d\xe9lai de quatre semaines, vous pourrez consid\xe9rer que votre candidature n'a pas \xe9t\xe9 retenue.

Nous vous prions d'agr\xe9er, Madame, nos salutations distingu\xe9es.

Le service Ressources Humaines
Rh\xf4ne Sant\xe9 Animale
29 quai Perrache - 69002 Lyon

Merci de ne pas r\xe9pondre \xe0 ce message g\xe9n\xe9r\xe9 automatiquement.
"""

A16_TEXT = """\
Sehr geehrte Frau Lindqvist,

vielen Dank f\u00fcr Ihre Bewerbung als Technische Fachberaterin Gro\u00dftier (m/w/d) und Ihr Interesse an der Leinetal Tiergesundheit GmbH.

Hiermit best\u00e4tigen wir den Eingang Ihrer Unterlagen. Wir pr\u00fcfen Ihre Bewerbung sorgf\u00e4ltig und melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Gr\u00fc\u00dfen
Ihr Personalteam der Leinetal Tiergesundheit GmbH

Leinetal Tiergesundheit GmbH | Vahrenwalder Str. 269 | 30179 Hannover
Gesch\u00e4ftsf\u00fchrer: Dr. Hartmut Blum | Amtsgericht Hannover HRB 123456
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""

A18_TEXT = """\
Hallo Saoirse,

danke f\u00fcr deine Bewerbung als TFA mit Schwerpunkt Station! Deine Unterlagen sind gut bei uns angekommen.

Wir schauen sie uns in Ruhe an und melden uns bis Ende des Monats bei dir. Bei Fragen einfach auf diese Mail antworten \u2013 die landet bei uns am Empfang.

Liebe Gr\u00fc\u00dfe
Lena vom Empfang

Tierklinik am Maschsee
Rudolf-von-Bennigsen-Ufer 44 | 30173 Hannover | 0511 880 44 0
"""

A21_TEXT = """\
Estimada Saoirse:

Acusamos recibo de su candidatura para el puesto de T\u00e9cnica de Servicio Veterinario (Irlanda).

Debido al elevado n\u00famero de candidaturas recibidas, solo nos pondremos en contacto con las personas preseleccionadas. Si en el plazo de un mes no ha recibido noticias nuestras, entienda que su candidatura no ha sido seleccionada en esta ocasi\u00f3n.

Le agradecemos el inter\u00e9s mostrado en Zoovital Ib\u00e9rica.

Departamento de Recursos Humanos
Zoovital Ib\u00e9rica
"""

# ----------------------------------------------------------------------------- offers

O01_TEXT = """\
Dear Saoirse,

Further to your conversation with Declan and Rory yesterday, I am delighted to confirm our offer of employment for the position of Territory Sales Representative (South West) at Carraig Animal Health.

Your offer letter is attached. In summary:

- Base salary: \u20ac47,500 per annum
- Company car (Skoda Octavia estate or equivalent), fuel card and mobile phone
- Quarterly sales bonus of up to 15% of base salary
- 25 days' annual leave plus public holidays
- Pension: 6% employer contribution after successful completion of probation

The offer is subject to two satisfactory references and sight of your full driving licence. Please sign and return the acceptance page by Friday 24 April. We would be hoping for a start date of Monday 1 June, but we are happy to discuss this.

Congratulations \u2013 we're really looking forward to having you on the team.

Kind regards,

Grace O'Neill
HR Business Partner
Carraig Animal Health
Little Island, Cork T45 RX82
+353 21 435 9920

Carraig Animal Health Ltd is registered in Ireland No. 377102."""

O02_TEXT = """\
Dear Saoirse,

Following our call this afternoon, I\u2019m delighted to confirm our verbal offer of the Farm Animal Services Coordinator role with Mourne Vet Group.

To recap what we discussed:
\u2022 Salary: \u00a333,500 per annum
\u2022 37.5 hours per week, Monday to Friday, plus one Saturday morning in four
\u2022 Based at our Newry hospital, with visits to the Kilkeel and Banbridge branches
\u2022 Start date: Monday 3 August (or earlier if you\u2019re free)

The written contract will follow from our payroll provider next week. In the meantime, could you confirm by email that you\u2019re happy to accept, so that we can start your references?

Seán and the farm team were thrilled when I told them \u2013 congratulations!

Kind regards,

Aisling Boyd
HR & Operations Manager
Mourne Vet Group
"""

O03_TEXT = """\
Dear Ms Lindqvist,

Technical Officer (Surveillance Support), Grade III \u2013 Competition AHSI/TO/2026/04

I am pleased to inform you that, following the recent selection process, you have been placed first on the panel for the above position, and I am now in a position to make you a conditional offer of appointment.

This offer is conditional on:
1. satisfactory references from your two most recent employers;
2. a pre-employment medical assessment; and
3. satisfactory Garda vetting.

The terms of the offer, including salary (point 1 of the Technical Officer Grade III scale, \u20ac41,812 per annum), hours and annual leave, are set out in the attached letter.

Please reply to this email within 10 working days to indicate whether you wish to accept this offer, so that we can begin the clearance process.

Yours sincerely,

Deirbhile N\u00ed Fhloinn
Human Resources
Animal Health Surveillance Ireland
Backweston Campus, Celbridge, Co. Kildare
"""

O04_TEXT = """\
Dear Saoirse,

As promised, please find attached your employment contract for the position of Technical Service Specialist (English-speaking), together with our onboarding checklist.

A few practical points:
- The contract is for one year with the intention of converting it into a permanent contract, as is usual in the Netherlands.
- Your gross monthly salary is EUR 4,150 (fulltime, 40 hours), plus 8% holiday allowance.
- We will apply for the 30% ruling on your behalf; the checklist explains which documents we need.
- Your start date is Monday 1 June 2026.

Could you please sign the contract and return a scan to me by Friday 15 May? If anything is unclear, just give me a call.

We are very happy that you will be joining us!

Kind regards,

Sanne de Vries
HR Business Partner
Domstad Animal Health B.V.
Croeselaan 412, 3521 CJ Utrecht
Chamber of Commerce (KvK) 30184472
"""

O05_TEXT = """\
OFFER!!

Saoirse, delighted to tell you Carraig Animal Health want to offer you the South West role! Declan rang me ten minutes ago.

Headlines: EUR47.5k base, car, phone, up to 15% bonus, 25 days hols. Grace will send the formal offer letter tomorrow.

Congratulations, you absolutely deserve it. Give me a call when you're free and we'll talk it through - and please don't say yes to anyone else before we chat!

Rory

Sent from my iPhone
"""

O06_NEW = """\
Hi Saoirse,

It was so good to have you in the office on Tuesday \u2013 the team haven't stopped talking about your "how to explain a grazing wedge to a vet" whiteboard session.

I'm very happy to offer you the role of Customer Support Lead (Veterinary) at Pasturely!

The headlines:
- \u20ac52,000 gross per year (incl. 8% holiday allowance)
- 0.35% stock options, vesting over four years with a one-year cliff
- 32 days off
- Hybrid: two days a week in our Utrecht office
- Relocation budget of \u20ac3,000

The formal contract will come through from our HR tool in the next couple of days. Take the weekend to think about it, and call me with any questions at all.

Joris

Joris Bakker
Head of Customer Operations, Pasturely
+31 6 4122 8807"""

O07_TEXT = """\
Madame,

Suite \xe0 nos diff\xe9rents \xe9changes, nous avons le plaisir de vous confirmer notre proposition d'embauche pour le poste de Sp\xe9cialiste technique vaccins ruminants (zone Irlande / Royaume-Uni).

Vous trouverez ci-joint votre promesse d'embauche, qui pr\xe9cise les conditions de votre engagement :
- contrat \xe0 dur\xe9e ind\xe9termin\xe9e, statut cadre ;
- r\xe9mun\xe9ration brute annuelle de 44 000 euros, sur 13 mois ;
- prise de fonctions le 1er septembre 2026, sur le site de Lyon, avec des d\xe9placements r\xe9guliers en Irlande et au Royaume-Uni ;
- p\xe9riode d'essai de quatre mois, renouvelable une fois.

Nous vous remercions de bien vouloir nous retourner ce document dat\xe9 et sign\xe9 avant le 15 juin 2026.

Dans l'attente de vous accueillir, nous vous prions d'agr\xe9er, Madame, l'expression de nos salutations distingu\xe9es.

H\xe9l\xe8ne Mercier
Charg\xe9e de recrutement
Bioc\xe9ane Sant\xe9 Animale
"""

O08_TEXT = """\
Saoirse !!

Bon, on ne va pas faire durer le suspense : on a le plaisir de te proposer le poste de Responsable lancement Irlande chez Moovia \U0001F680

Les grandes lignes :
- CDI, 38 k\u20ac brut annuel + BSPCE (on t'explique, promis c'est moins compliqu\u00e9 que \u00e7a en a l'air)
- full remote depuis Galway, avec un passage \u00e0 Lyon une fois par trimestre (billets pay\u00e9s)
- d\u00e9marrage id\u00e9al : d\u00e9but septembre

Le contrat arrive via Yousign dans la journ\u00e9e. L\u00e9a et moi sommes super contents, vraiment.

Tu nous dis ?
Maxime
"""

O09_TEXT = """\
Hallo Saoirse,

wie heute am Telefon besprochen: Wir w\u00fcrden dich wahnsinnig gern an Bord holen! \U0001F404

Anbei findest du den Entwurf deines Arbeitsvertrags als Customer Success Managerin (DACH & Irland). Die Eckdaten:

- 52.000 \u20ac brutto im Jahr, plus 0,2 % virtuelle Anteile
- 30 Urlaubstage
- Remote aus Irland, eine Woche pro Quartal bei uns in Hannover
- Start am 1. Oktober 2026

Lies ihn dir in Ruhe durch. Wenn alles passt, unterschreib gern digital \u00fcber den Link, den du gleich von DocuSign bekommst. Fragen jederzeit an mich.

Wir freuen uns riesig!
Ben

Ben Hartmann | Co-Founder & COO
Stallgefl\u00fcster GmbH | Hildesheimer Str. 53 | 30169 Hannover
Gesch\u00e4ftsf\u00fchrer: Ben Hartmann, Dr. Merle Tietjen | HRB 221087, Amtsgericht Hannover
"""

O10_TEXT = """\
Hola Saoirse:

Tras las entrevistas con Enrique y con el equipo de Dubl\u00edn, nos complace ofrecerte el puesto de T\u00e9cnica de Soporte Veterinario para Irlanda en Vetnor Salud Animal.

Condiciones principales:
\u2022 Salario bruto anual: 46.000 \u20ac, en 12 pagas
\u2022 Veh\u00edculo de empresa, tel\u00e9fono y port\u00e1til
\u2022 Variable anual de hasta un 10 %
\u2022 Base en Galway (teletrabajo) con visitas a clientes en Connacht y Munster
\u2022 Incorporaci\u00f3n: lunes 2 de noviembre de 2026

Cuando nos confirmes que aceptas, te enviaremos el contrato para firma electr\u00f3nica.

\u00a1Enhorabuena! Estamos muy contentos de que te unas al equipo.

Un saludo,

Irene Castro
Responsable de Personas
Vetnor Salud Animal
C/ Can\u00f3nigo Rodr\u00edguez 7, 33004 Oviedo"""


MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ application received (21)
    {
        "kind": "application_received", "scenario": "workday_thank_you", "lang": "en",
        "company": "Vetlink Pharma Ireland", "contact": "",
        "frm": ("Vetlink Pharma Ireland Talent Acquisition", "vetlinkpharma@myworkday.com"),
        "subject": "Thank you for applying \u2013 Territory Manager \u2013 Companion Animal (Dublin South)",
        "subject_enc": "Q", "header_charset": "UTF-8",
        "date": "2026-01-12 21:07:44 +0000", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": corporate_html(
            title="Thank you for applying", logo=("https://vetlinkpharma.wd3.myworkdayjobs.com/assets/logo-vetlink.png", "Vetlink Pharma Ireland"),
            accent="#00558c",
            content=paras(A01_TEXT) + button("Candidate Home", trk("vetlinkpharma.wd3.myworkdayjobs.com", "a01-home", "en-US/careers/userHome"), "#00558c"),
            footer="This email was sent from an unmonitored mailbox. Please do not reply.<br>"
                   "Vetlink Pharma Ireland Limited, Unit 4, Citywest Business Campus, Dublin 24. Registered in Ireland No. 512233.",
            track=pixel("vetlinkpharma.wd3.myworkdayjobs.com", "a01")),
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "kind": "application_received", "scenario": "greenhouse_small_team", "lang": "en",
        "company": "herdwise", "contact": "",
        "frm": ("herdwise", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thanks for applying to herdwise!",
        "date": "2026-01-20 13:44:02 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "mid_host": "us.greenhouse-mail.io", "mid_style": "ats", "body": A02_TEXT,
        "html": card_html(
            logo=("https://s3.greenhouse-mail.io/logos/herdwise/herdwise-wordmark.png", "herdwise"),
            content=paras(A02_TEXT.split("\n---")[0]),
            footer="This is an automated message sent via Greenhouse. Please don't reply to this email.<br>"
                   f'<a href="{trk("click.greenhouse-mail.io", "a02-privacy")}" style="color:#8c959f;">Privacy policy</a>',
            track=pixel("click.greenhouse-mail.io", "a02")),
    },
    {
        "kind": "application_received", "scenario": "cannot_reply_to_everyone", "lang": "en",
        "company": "Tuam Agricultural Co-operative Society", "contact": "",
        "frm": ("Recruitment - Tuam Co-op", "recruitment@tuamcoop.example.ie"),
        "subject": "Application received - Agri-Store & Animal Health Sales Advisor",
        "date": "2026-01-15 09:00:31 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "body": A03_TEXT,
    },
    {
        "kind": "application_received", "scenario": "job_board_sent_to_employer", "lang": "en",
        "company": "Leeside Animal Nutrition", "contact": "",
        "frm": ("Jobgarden.ie", "applications@jobgarden.example.ie"),
        "subject": "Your application has been sent to Leeside Animal Nutrition",
        "date": "2026-01-08 21:15:09 +0000", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": card_html(
            logo=("https://static.jobgarden.example.ie/mail/jobgarden-logo.png", "Jobgarden.ie"),
            accent="#1f2937",
            content=paras("""\
Hi Saoirse,

Good news \u2013 your application has been sent!

Technical Sales Representative
Leeside Animal Nutrition \u00b7 Cork \u00b7 Full-time

Applied with: CV_Saoirse_Lindqvist_2026.pdf and a cover letter.

What happens next? The employer will review your application and contact you directly if they'd like to take things further. You can keep track of all your applications in My Jobgarden.""")
            + button("View my applications", trk("click.jobgarden.example.ie", "a04-myjobs"), "#e4572e")
            + '<p style="margin:22px 0 6px 0;font-weight:bold;">Similar jobs you might like</p>'
              f'<p style="margin:0 0 4px 0;"><a href="{trk("click.jobgarden.example.ie", "a04-sim1")}">Animal Health Sales Advisor \u2013 Mallow</a></p>'
              f'<p style="margin:0;"><a href="{trk("click.jobgarden.example.ie", "a04-sim2")}">Veterinary Product Specialist \u2013 Dublin</a></p>',
            footer="Jobgarden.ie, 3 Grand Canal Quay, Dublin 2. You are receiving this email because you applied for a job on Jobgarden.ie.<br>"
                   f'<a href="{trk("click.jobgarden.example.ie", "a04-prefs")}" style="color:#8c959f;">Email preferences</a>',
            track=pixel("open.jobgarden.example.ie", "a04")),
    },
    {
        "kind": "application_received", "scenario": "smartrecruiters_confirmation", "lang": "en",
        "company": "Vaartsche Vet Diagnostics", "contact": "",
        "frm": ("Vaartsche Vet Diagnostics", "noreply@smartrecruiters.com"),
        "subject": "Thank you for applying to Vaartsche Vet Diagnostics",
        "date": "2026-02-27 18:31:22 +0100", "structure": "html", "charset": "utf-8", "cte": "b64",
        "mid_host": "smartrecruiters.com", "mid_style": "ats",
        "html": card_html(
            logo=("https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/vaartsche-vet.png", "Vaartsche Vet Diagnostics logo"),
            content=paras("""\
Dear Saoirse,

Thank you for your application for Diagnostics Product Specialist (English-speaking, Utrecht).

We have received your application and will review it carefully. If your profile matches what we are looking for, we will contact you to schedule a first conversation. This usually takes two to three weeks.

Kind regards,
Recruitment team
Vaartsche Vet Diagnostics"""),
            footer="Vaartsche Vet Diagnostics B.V. &middot; Vaartsche Rijn 88, 3523 AV Utrecht<br>Powered by SmartRecruiters.",
            track=pixel("trk.smartrecruiters.com", "a05")),
    },
    {
        "kind": "application_received", "scenario": "icims_received", "lang": "en",
        "company": "Western Animal Health", "contact": "",
        "frm": ("Careers at Western Animal Health", "westernanimalhealth@icims.com"),
        "subject": "Thank you for your application - Inside Sales Executive",
        "date": "2026-02-02 07:58:40 +0000", "structure": "html", "charset": "iso-8859-1", "cte": "qp",
        "mid_host": "icims.com", "mid_style": "ats",
        "html": corporate_html(
            title="Western Animal Health Careers", logo=("https://careers-wah.icims.com/images/wah-logo-header.gif", "Western Animal Health"),
            accent="#2e7d32",
            content=paras("""\
Dear Saoirse,

Thank you for applying for the position of Inside Sales Executive (Req. 2026-0193) with Western Animal Health.

We confirm receipt of your application. Our HR team will review all applications after the closing date and will contact shortlisted candidates.

Yours sincerely,

HR Department
Western Animal Health Ltd"""),
            footer="Western Animal Health Ltd, Ballybrit Business Park, Galway. Registered in Ireland No. 188420.<br>"
                   "This is an automated message from our recruitment system - replies are not read.",
            track=pixel("careers-wah.icims.com", "a06")),
    },
    {
        "kind": "application_received", "scenario": "taleo_confirmation", "lang": "en",
        "company": "Norvane Animal Health", "contact": "",
        "frm": ("Norvane Careers", "careers-noreply@taleo.net"),
        "subject": "Norvane Animal Health - Application received - Req 26-0412",
        "date": "2026-03-02 22:40:15 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "mid_host": "taleo.net", "mid_style": "ats", "body": A07_TEXT,
        "html": corporate_html(
            title="Norvane Careers", logo=("https://norvane.taleo.net/careersection/theme/norvane-logo.png", "Norvane Animal Health"),
            accent="#6a1b9a", content=paras(A07_TEXT), footer="&copy; 2026 Norvane Animal Health. All rights reserved.",
            track=pixel("norvane.taleo.net", "a07")),
    },
    {
        "kind": "application_received", "scenario": "lever_received", "lang": "en",
        "company": "Clydebank Animal Health", "contact": "",
        "frm": ("Clydebank Animal Health", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Clydebank Animal Health",
        "date": "2026-02-18 20:12:09 +0000", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_host": "hire.lever.co", "mid_style": "ats",
        "html": card_html(
            logo=("https://lever-client-logos.s3.amazonaws.com/clydebank-ah.png", "Clydebank Animal Health"),
            content=paras("""\
Hi Saoirse,

Thank you for applying for the Veterinary Technical Advisor position at Clydebank Animal Health. We've received your application and our team is reviewing it.

If your background looks like a good match, someone from the team will be in touch to arrange a conversation. Otherwise we'll let you know either way once the review is complete.

Best,
The Talent Team at Clydebank Animal Health"""),
            footer="This message was sent via Lever on behalf of Clydebank Animal Health. "
                   f'<a href="{trk("jobs.lever.co", "a08-unsub", "clydebank-ah/unsubscribe")}" style="color:#8c959f;">Manage email preferences</a>',
            track=pixel("t.lever-analytics.com", "a08")),
    },
    {
        "kind": "application_received", "scenario": "university_four_weeks", "lang": "en",
        "company": "St. Brendan's University Dublin", "contact": "recruitment@sbu.example.ie",
        "frm": ("SBU Recruitment", "recruitment@sbu.example.ie"),
        "subject": "SBU/26/0117 Research Support Officer (Clinical Trials) - application received",
        "date": "2026-01-26 10:15:00 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "body": A09_TEXT,
    },
    {
        "kind": "application_received", "scenario": "agency_forwarding_cv", "lang": "en",
        "company": "Carraig Animal Health", "contact": "rory.flanagan@emeraldls.example.ie",
        "frm": ("Rory Flanagan", "rory.flanagan@emeraldls.example.ie"),
        "subject": "Re: CV for Carraig",
        "date": "2026-03-04 09:31:48 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "irt": MID["emerald_cv"], "mid_style": "outlook", "body": A10_TEXT,
    },
    {
        "kind": "application_received", "scenario": "ni_public_portal_ack", "lang": "en",
        "company": "NI Agri-Food Laboratories", "contact": "",
        "frm": ("NIAFL Recruitment", "recruitment@niafl.example.co.uk"),
        "subject": "NIAFL/26/031 Laboratory Support Officer - application received",
        "date": "2026-03-30 23:02:17 +0100", "structure": "plain", "charset": "utf-8", "cte": "b64",
        "body": A11_TEXT,
    },
    {
        "kind": "application_received", "scenario": "teamtailor_woohoo", "lang": "en",
        "company": "Calvr", "contact": "jobs@calvr.example.com",
        "frm": ("Calvr", "no-reply@teamtailor-mail.com"), "reply_to": ("Calvr jobs", "jobs@calvr.example.com"),
        "subject": "Woohoo, we got your application! \U0001F389", "subject_enc": "B", "header_charset": "UTF-8",
        "date": "2026-03-22 11:50:36 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "mid_host": "teamtailor-mail.com", "mid_style": "ats", "body": A12_TEXT,
        "html": card_html(
            logo=("https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo/calvr.png", "Calvr"),
            content=paras(A12_TEXT), accent="#1b3a2d",
            footer="Calvr &middot; PorterShed, Galway &middot; "
                   f'<a href="{trk("career.calvr.example.com", "a12-data", "connect/data")}" style="color:#8c959f;">Manage your data</a>',
            track=pixel("t.teamtailor-mail.com", "a12")),
    },
    {
        "kind": "application_received", "scenario": "fr_workday_accuse", "lang": "fr",
        "company": "Laboratoires V\u00e9talis", "contact": "",
        "frm": ("Laboratoires V\u00e9talis - Recrutement", "vetalis@myworkday.com"), "name_enc": "Q",
        "subject": "Accus\u00e9 de r\u00e9ception de votre candidature", "subject_enc": "Q",
        "date": "2026-02-20 19:26:03 +0100", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": corporate_html(
            title="Laboratoires V\u00e9talis", logo=("https://vetalis.wd3.myworkdayjobs.com/assets/logo-vetalis.png", "Laboratoires V\u00e9talis"),
            accent="#00838f", lang="fr",
            content=paras(A13_TEXT) + button("Mon espace candidat", trk("vetalis.wd3.myworkdayjobs.com", "a13-home", "fr-FR/carrieres/userHome"), "#00838f"),
            footer="Laboratoires V\u00e9talis SAS &ndash; 12, avenue Tony Garnier &ndash; 69007 Lyon &ndash; RCS Lyon 412 338 907<br>"
                   "Ce message a \u00e9t\u00e9 envoy\u00e9 depuis une adresse qui ne peut recevoir de r\u00e9ponse.",
            track=pixel("vetalis.wd3.myworkdayjobs.com", "a13")),
    },
    {
        "kind": "application_received", "scenario": "fr_sans_reponse_quatre_semaines", "lang": "fr",
        "company": "Rh\u00f4ne Sant\u00e9 Animale", "contact": "",
        "frm": ("Rh\u00f4ne Sant\u00e9 Animale - RH", "rh-candidatures@rhonesante.example.fr"),
        "subject": "Votre candidature", "date": "2026-03-30 08:45:12 +0200",
        "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "body": A14_TEXT,
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "kind": "application_received", "scenario": "fr_job_board_transmise", "lang": "fr",
        "company": "Bioc\u00e9ane Sant\u00e9 Animale", "contact": "",
        "frm": ("Emploi V\u00e9to Rh\u00f4ne-Alpes", "candidatures@emploi-veto-ra.example.fr"),
        "subject": "Votre candidature a bien \u00e9t\u00e9 transmise \u00e0 Bioc\u00e9ane Sant\u00e9 Animale", "subject_enc": "B",
        "date": "2026-03-28 22:03:41 +0100", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": card_html(
            logo=("https://www.emploi-veto-ra.example.fr/img/logo-mail.png", "Emploi V\u00e9to Rh\u00f4ne-Alpes"), lang="fr",
            content=paras("""\
Bonjour Saoirse,

Votre candidature a bien \u00e9t\u00e9 transmise \u00e0 Bioc\u00e9ane Sant\u00e9 Animale pour l'offre :

Sp\u00e9cialiste technique vaccins ruminants (H/F) \u2013 Lyon 7e \u2013 CDI

Le recruteur prendra directement contact avec vous si votre profil l'int\u00e9resse. Vous pouvez retrouver toutes vos candidatures dans votre espace.

Bonne recherche !
L'\u00e9quipe Emploi V\u00e9to Rh\u00f4ne-Alpes""") + button("Mes candidatures", trk("clic.emploi-veto-ra.example.fr", "a15-mes"), "#7b1fa2"),
            footer="Emploi V\u00e9to Rh\u00f4ne-Alpes &ndash; 8 rue de la Charit\u00e9, 69002 Lyon. "
                   f'<a href="{trk("clic.emploi-veto-ra.example.fr", "a15-desabo")}" style="color:#8c959f;">Se d\u00e9sabonner</a>',
            track=pixel("clic.emploi-veto-ra.example.fr", "a15")),
    },
    {
        "kind": "application_received", "scenario": "de_personio_eingang", "lang": "de",
        "company": "Leinetal Tiergesundheit", "contact": "",
        "frm": ("Leinetal Tiergesundheit GmbH", "noreply@personio.de"),
        "subject": "Eingangsbest\u00e4tigung Ihrer Bewerbung", "subject_enc": "B",
        "date": "2026-04-02 16:20:45 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_host": "personio.de", "mid_style": "ats", "body": A16_TEXT,
        "html": card_html(
            logo=("https://leinetal-tg.jobs.personio.de/company-logo.png", "Leinetal Tiergesundheit"), lang="de",
            content=paras(A16_TEXT.split("\n\nLeinetal Tiergesundheit GmbH |")[0]),
            footer="Leinetal Tiergesundheit GmbH &middot; Vahrenwalder Str. 269 &middot; 30179 Hannover<br>"
                   "Gesch\u00e4ftsf\u00fchrer: Dr. Hartmut Blum &middot; Amtsgericht Hannover HRB 123456",
            track=pixel("leinetal-tg.jobs.personio.de", "a16")),
    },
    {
        "kind": "application_received", "scenario": "de_softgarden_eingegangen", "lang": "de",
        "company": "Nieders\u00e4chsische Futtermittelwerke", "contact": "",
        "frm": ("Nieders\u00e4chsische Futtermittelwerke AG", "noreply@softgarden.io"), "name_enc": "Q",
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-05-11 07:12:58 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "qp",
        "mid_host": "softgarden.io", "mid_style": "ats",
        "html": corporate_html(
            title="Ihre Bewerbung", logo=("https://nfw.softgarden.io/assets/logo_nfw.jpg", "Nieders\u00e4chsische Futtermittelwerke"),
            accent="#f2a900", lang="de",
            content=paras("""\
Sehr geehrte Frau Lindqvist,

vielen Dank f\u00fcr Ihre Bewerbung als Produktmanager/in Gefl\u00fcgelern\u00e4hrung und Ihr Interesse an der Nieders\u00e4chsische Futtermittelwerke AG.

Ihre Unterlagen sind vollst\u00e4ndig bei uns eingegangen. Wir werden sie sorgf\u00e4ltig pr\u00fcfen und uns so bald wie m\u00f6glich bei Ihnen melden. Den aktuellen Stand Ihrer Bewerbung k\u00f6nnen Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Gr\u00fc\u00dfen
Ihr Recruiting-Team""") + button("Zum Bewerberkonto", trk("nfw.softgarden.io", "a17-konto", "applicant/login"), "#f2a900"),
            footer="Nieders\u00e4chsische Futtermittelwerke AG &middot; Hafenstra\u00dfe 3 &middot; 30880 Laatzen<br>"
                   "Vorstand: Dr. Ulrich Meyer (Vors.), Birgit Renner &middot; Amtsgericht Hildesheim HRB 200117",
            track=pixel("nfw.softgarden.io", "a17")),
    },
    {
        "kind": "application_received", "scenario": "de_klinik_empfang_du", "lang": "de",
        "company": "Tierklinik am Maschsee", "contact": "team@tierklinik-maschsee.example.de",
        "frm": ("Tierklinik am Maschsee", "team@tierklinik-maschsee.example.de"),
        "subject": "Deine Bewerbung ist angekommen",
        "date": "2026-04-10 12:14:27 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "body": A18_TEXT,
    },
    {
        "kind": "application_received", "scenario": "de_jobboerse_uebermittelt", "lang": "de",
        "company": "VetCare Nord", "contact": "",
        "frm": ("Stellenhafen", "bewerbung@stellenhafen.example.de"),
        "subject": "Ihre Bewerbung wurde erfolgreich an VetCare Nord GmbH \u00fcbermittelt", "subject_enc": "Q",
        "date": "2026-05-04 20:48:03 +0200", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": card_html(
            logo=("https://static.stellenhafen.example.de/mail/logo-stellenhafen.png", "Stellenhafen"), lang="de",
            content=paras("""\
Hallo Saoirse Lindqvist,

Ihre Bewerbung wurde erfolgreich an VetCare Nord GmbH \u00fcbermittelt.

Stelle: Praxismanagerin (m/w/d) \u2013 Hannover-List
Unterlagen: Lebenslauf_Lindqvist.pdf, Anschreiben_VetCare.pdf, Zeugnisse.pdf

Das Unternehmen meldet sich direkt bei Ihnen. Unter \u201eMeine Bewerbungen\u201c sehen Sie, wann Ihre Unterlagen ge\u00f6ffnet wurden.

Viel Erfolg!
Ihr Stellenhafen-Team""") + button("Meine Bewerbungen", trk("klick.stellenhafen.example.de", "a19-meine"), "#004b87"),
            footer="Stellenhafen GmbH &middot; Am Sandtorkai 30 &middot; 20457 Hamburg &middot; Gesch\u00e4ftsf\u00fchrer: Jan Petersen &middot; HRB 177201<br>"
                   f'<a href="{trk("klick.stellenhafen.example.de", "a19-abmelden")}" style="color:#8c959f;">E-Mail-Einstellungen</a>',
            track=pixel("klick.stellenhafen.example.de", "a19")),
    },
    {
        "kind": "application_received", "scenario": "es_acuse_recibo", "lang": "es",
        "company": "Laboratorios Ebro Vet", "contact": "",
        "frm": ("Laboratorios Ebro Vet - Talento", "no-responder@ebrovet.example.com"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-06-01 09:03:55 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "html": corporate_html(
            title="Laboratorios Ebro Vet", logo=("https://www.ebrovet.example.com/img/mail/logo-ebrovet.png", "Ebro Vet"),
            accent="#0d47a1", lang="es",
            content=paras("""\
Hola, Saoirse:

\u00a1Gracias por tu inter\u00e9s en Laboratorios Ebro Vet!

Hemos recibido correctamente tu candidatura para el puesto de Delegada T\u00e9cnica \u2013 Irlanda. Nuestro equipo de Talento la revisar\u00e1 con detenimiento y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Talento
Laboratorios Ebro Vet"""),
            footer="Laboratorios Ebro Vet, S.L. &middot; Carretera de Castell\u00f3n km 7 &middot; 50720 Zaragoza<br>"
                   "Este mensaje se ha enviado desde una direcci\u00f3n que no acepta respuestas.",
            track=pixel("mail.ebrovet.example.com", "a20")),
    },
    {
        "kind": "application_received", "scenario": "es_solo_preseleccionados", "lang": "es",
        "company": "Zoovital Ib\u00e9rica", "contact": "",
        "frm": ("Zoovital Ib\u00e9rica - Selecci\u00f3n", "seleccion@zoovital.example.com"), "name_enc": "Q",
        "subject": "Acuse de recibo de su candidatura",
        "date": "2026-05-08 10:00:00 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": A21_TEXT,
    },
    # ------------------------------------------------------------------ offers (10)
    {
        "kind": "offer", "scenario": "written_offer_letter_pdf", "lang": "en",
        "company": "Carraig Animal Health", "contact": "grace.oneill@carraigah.example.ie",
        "frm": ("Grace O'Neill", "grace.oneill@carraigah.example.ie"),
        "cc": ("Rory Flanagan", "rory.flanagan@emeraldls.example.ie"),
        "subject": "Offer of Employment \u2013 Territory Sales Representative (South West)",
        "date": "2026-04-17 15:36:22 +0100", "structure": "mixed", "charset": "utf-8", "cte": "qp",
        "mid_style": "outlook", "body": O01_TEXT + "\n", "html": outlook_html(O01_TEXT),
        "attachments": [{"filename": "Carraig_Offer_Letter_S_Lindqvist.pdf", "title": "Carraig Animal Health - Offer of Employment",
                          "lines": ["Private & Confidential. Ms Saoirse Lindqvist, Galway.", "17 April 2026",
                                 "Dear Saoirse, We are pleased to offer you the position of Territory Sales Representative (South West), reporting to Declan Murphy, Regional Sales Manager South.",
                                 "Salary: EUR 47,500 per annum, paid monthly. Bonus: up to 15% of base salary, paid quarterly against agreed targets.",
                                 "Company car, fuel card and mobile phone. Annual leave: 25 days plus public holidays. Pension: 6% employer contribution after probation.",
                                 "Probation: six months. Notice: one month on either side after probation.",
                                 "This offer is subject to two satisfactory references and sight of a full, clean driving licence.",
                                 "Please sign below and return by Friday 24 April 2026.",
                                 "Signed: ______________________  Date: __________",
                                 "Grace O'Neill, HR Business Partner, for and on behalf of Carraig Animal Health Ltd"]}],
    },
    {
        "kind": "offer", "scenario": "verbal_offer_confirmed", "lang": "en",
        "company": "Mourne Vet Group", "contact": "aisling.boyd@mournevets.example.co.uk",
        "frm": ("Aisling Boyd", "aisling.boyd@mournevets.example.co.uk"),
        "subject": "Confirming our offer",
        "date": "2026-07-02 17:48:10 +0100", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": O02_TEXT,
    },
    {
        "kind": "offer", "scenario": "conditional_offer_state_agency", "lang": "en",
        "company": "Animal Health Surveillance Ireland", "contact": "careers@ahsi.example.ie",
        "frm": ("AHSI Human Resources", "careers@ahsi.example.ie"),
        "subject": "AHSI/TO/2026/04 - Conditional offer of appointment",
        "date": "2026-08-05 12:00:44 +0100", "structure": "mixed", "charset": "utf-8", "cte": "qp",
        "body": O03_TEXT,
        "attachments": [{"filename": "AHSI_TO_2026_04_Conditional_Offer.pdf", "title": "Animal Health Surveillance Ireland - Conditional Offer",
                          "lines": ["Competition AHSI/TO/2026/04 - Technical Officer (Surveillance Support), Grade III.",
                                 "Candidate: Saoirse Lindqvist. Panel position: 1.",
                                 "Salary: EUR 41,812 per annum (point 1 of scale). Incremental credit may be considered on submission of evidence of relevant experience.",
                                 "Hours: 37 hours per week. Annual leave: 26 days, rising with service. Location: Backweston Campus, Celbridge, Co. Kildare, with regional travel.",
                                 "Conditions: satisfactory references; pre-employment medical; Garda vetting.",
                                 "This offer does not become a contract of employment until all conditions have been met and a start date has been agreed in writing."]}],
    },
    {
        "kind": "offer", "scenario": "contract_to_sign_utrecht", "lang": "en",
        "company": "Domstad Animal Health", "contact": "sanne.devries@domstad-ah.example.nl",
        "frm": ("Sanne de Vries", "sanne.devries@domstad-ah.example.nl"),
        "subject": "Your employment contract - Technical Service Specialist",
        "date": "2026-05-06 11:22:30 +0200", "structure": "mixed", "charset": "utf-8", "cte": "qp",
        "mid_style": "outlook", "body": O04_TEXT,
        "attachments": [{"filename": "Arbeidsovereenkomst_EN_Lindqvist.pdf", "title": "Domstad Animal Health B.V. - Employment Contract",
                          "lines": ["Employer: Domstad Animal Health B.V., Croeselaan 412, 3521 CJ Utrecht. Employee: Saoirse Lindqvist.",
                                 "Position: Technical Service Specialist (English-speaking). Start date: 1 June 2026. Term: 12 months.",
                                 "Salary: EUR 4,150 gross per month for 40 hours per week, plus 8% holiday allowance.",
                                 "Collective agreement: none. Pension: Domstad pension scheme (see appendix).",
                                 "Signed for the employer: ____________  Signed by the employee: ____________"]},
                     {"filename": "Onboarding_checklist_Domstad.pdf", "title": "Onboarding checklist",
                          "lines": ["1. Signed contract (by 15 May).", "2. Copy of passport.", "3. BSN appointment at the Utrecht municipality.",
                                 "4. Documents for the 30% ruling application.", "5. Dutch bank account details.", "6. Emergency contact form."]}],
    },
    {
        "kind": "offer", "scenario": "agency_verbal_offer_iphone", "lang": "en",
        "company": "Carraig Animal Health", "contact": "rory.flanagan@emeraldls.example.ie",
        "frm": ("Rory Flanagan", "rory.flanagan@emeraldls.example.ie"),
        "subject": "OFFER!!",
        "date": "2026-04-16 18:20:03 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "mid_style": "apple", "body": O05_TEXT, "headers": [("X-Mailer", "iPhone Mail (21E236)")],
    },
    dict(
        kind="offer", scenario="startup_offer_gmail", lang="en",
        company="Pasturely", contact="joris@pasturely.example.nl",
        frm=("Joris Bakker", "joris@pasturely.example.nl"),
        subject="Offer from Pasturely \U0001F331", subject_enc="B", header_charset="UTF-8",
        date="2026-07-24 17:05:48 +0200", structure="alt", charset="utf-8", cte="qp",
        mid_style="gmail", **gmail_pair(O06_NEW),
    ),
    {
        "kind": "offer", "scenario": "fr_promesse_embauche_pdf", "lang": "fr",
        "company": "Bioc\u00e9ane Sant\u00e9 Animale", "contact": "helene.mercier@bioceane.example.fr",
        "frm": ("H\u00e9l\u00e8ne Mercier", "helene.mercier@bioceane.example.fr"), "name_enc": "Q",
        "subject": "Promesse d'embauche - Sp\xe9cialiste technique vaccins ruminants", "subject_enc": "Q",
        "date": "2026-06-05 15:10:27 +0200", "structure": "mixed", "charset": "iso-8859-1", "cte": "qp",
        "mid_style": "outlook", "body": O07_TEXT,
        "attachments": [{"filename": "Promesse_embauche_S_Lindqvist.pdf", "title": "Bioceane Sante Animale - Promesse d'embauche",
                          "lines": ["Lyon, le 5 juin 2026. Madame Saoirse Lindqvist.",
                                 "Nous avons le plaisir de vous confirmer votre engagement en qualite de Specialiste technique vaccins ruminants, statut cadre, en contrat a duree indeterminee.",
                                 "Remuneration brute annuelle : 44 000 euros, versee en 13 mensualites.",
                                 "Date de prise de fonctions : 1er septembre 2026. Lieu de travail : Lyon (69007), deplacements frequents en Irlande et au Royaume-Uni.",
                                 "Periode d'essai : quatre mois, renouvelable une fois.",
                                 "Bon pour accord, date et signature : ______________________"]}],
    },
    {
        "kind": "offer", "scenario": "fr_startup_offre_tu", "lang": "fr",
        "company": "Moovia", "contact": "maxime@moovia.example.fr",
        "frm": ("Maxime de Moovia", "maxime@moovia.example.fr"),
        "subject": "\U0001F389 Ta proposition chez Moovia", "subject_enc": "Q", "header_charset": "utf-8",
        "date": "2026-06-12 11:30:19 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "gmail", "body": O08_TEXT,
    },
    {
        "kind": "offer", "scenario": "de_vertragsentwurf_pdf", "lang": "de",
        "company": "Stallgefl\u00fcster", "contact": "ben@stallgefluester.example.de",
        "frm": ("Ben Hartmann", "ben@stallgefluester.example.de"),
        "subject": "Dein Vertragsangebot \U0001F404", "subject_enc": "Q", "header_charset": "utf-8",
        "date": "2026-08-10 18:42:06 +0200", "structure": "mixed", "charset": "utf-8", "cte": "b64",
        "mid_style": "gmail", "body": O09_TEXT,
        "attachments": [{"filename": "Arbeitsvertrag_Lindqvist_Entwurf.pdf", "title": "Arbeitsvertrag (Entwurf) - Stallgefluester GmbH",
                          "lines": ["Zwischen der Stallgefluester GmbH, Hildesheimer Str. 53, 30169 Hannover, und Frau Saoirse Lindqvist, Galway (Irland).",
                                 "Paragraf 1 Taetigkeit: Customer Success Managerin (DACH & Irland), Beginn 1. Oktober 2026.",
                                 "Paragraf 2 Verguetung: 52.000 EUR brutto jaehrlich, zahlbar in 12 Monatsraten.",
                                 "Paragraf 3 Arbeitsort: Remote (Irland); eine Woche pro Quartal in Hannover.",
                                 "Paragraf 4 Urlaub: 30 Arbeitstage pro Kalenderjahr.",
                                 "Paragraf 5 Probezeit: sechs Monate.",
                                 "ENTWURF - nicht unterschreiben, bevor die finale Fassung per DocuSign eingeht."]}],
    },
    {
        "kind": "offer", "scenario": "es_oferta_outlook", "lang": "es",
        "company": "Vetnor Salud Animal", "contact": "irene.castro@vetnor.example.com",
        "frm": ("Irene Castro", "irene.castro@vetnor.example.com"),
        "subject": "Oferta: T\u00e9cnica de Soporte Veterinario \u2013 Irlanda", "subject_enc": "Q",
        "date": "2026-09-22 13:17:52 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "msgid": MID["vetnor_offer"],
        "html": outlook_html(O10_TEXT + "\n\nVetnor Salud Animal, S.A. \u2013 Inscrita en el Registro Mercantil de Asturias, Tomo 2881, Folio 140, Hoja AS-22015.\n"
                          "Este correo y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."),
    },
]
