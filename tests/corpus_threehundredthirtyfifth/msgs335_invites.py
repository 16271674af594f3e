"""Corpus 335 interview invitations: calls, video screens, site visits, trial days, links."""

from __future__ import annotations

MESSAGES = [
    # ------------------------------------------------------------------ English
    {
        "id": "sev_inv", "kind": "interview_invitation", "lang": "en",
        "company": "Severn Analytical Services",
        "contact": "priya.nandakumar@severn-analytical.example.co.uk",
        "date": "2026-06-10 11:18 +0100",
        "frm": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "subject": "Interview invitation: Laboratory Technician (Food & Cosmetics QC)",
        "fmt": "alt", "shell": {"style": "outlook"},
        "ics": {"summary": "Interview - Seun Adebayo-Clarke / Severn Analytical",
                 "start": "2026-06-17 10:00", "minutes": 60, "tz": "Europe/London",
                 "uid": "sev-int-0617@severn-analytical.example.co.uk",
                 "location": "Severn Analytical Services, Unit 12 Avonbank, Bristol BS11 9XX"},
        "text": """Dear Seun,

Thank you for applying for our Laboratory Technician (Food & Cosmetics QC) vacancy. We were
pleased with your application and would like to invite you to an interview at our Avonmouth
laboratory.

Date: Wednesday 17 June 2026
Time: 10:00 - 11:00
Where: Unit 12 Avonbank, Bristol BS11 9XX (visitor parking at the front)
Panel: Gareth Pryce (Laboratory Manager) and me

The interview will be competency based and will include a short tour of the microbiology suite.
Please bring photo ID. I've attached a calendar invitation - do let me know if the time doesn't
work.

Kind regards,
Priya Nandakumar
HR Business Partner
Severn Analytical Services
0117 000 8840
""",
    },
    {
        "id": "sev_inv2", "kind": "interview_invitation", "lang": "en",
        "company": "Severn Analytical Services",
        "contact": "g.pryce@severn-analytical.example.co.uk",
        "date": "2026-07-01 16:37 +0100",
        "frm": ("Gareth Pryce", "g.pryce@severn-analytical.example.co.uk"),
        "cc": [("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk")],
        "subject": "Second stage - practical morning in the lab",
        "pdf": [("Practical_assessment_brief.pdf", [
            "Severn Analytical Services - Practical assessment brief",
            "Candidate: O. Adebayo-Clarke",
            "Date: Thursday 9 July 2026, 09:00 - 12:30",
            "",
            "1. Pipette calibration check (gravimetric)",
            "2. pH and water activity on two cosmetic creams",
            "3. Reading and recording a TVC plate set",
            "4. 20 minute debrief with the QC team leader",
            "",
            "Lab coat, safety glasses and gloves will be provided.",
        ])],
        "text": """Hi Seun,

Good to meet you a couple of weeks ago. The panel would like you to come back for the second
stage, which is a practical morning in the lab with our QC team on Thursday 9 July from 09:00
to about 12:30.

Nothing to revise as such - we just want to see how you work at the bench. The attached brief
lists what you'll be doing. Wear closed shoes; we'll provide everything else.

Can you reply to confirm you can make it?

Thanks,
Gareth

Gareth Pryce
Laboratory Manager | Severn Analytical Services
""",
    },
    {
        "id": "hol_inv", "kind": "interview_invitation", "lang": "en", "company": "Hollowmead Cider",
        "contact": "becky.lutterworth@hollowmead.example.co.uk",
        "date": "2026-02-17 09:58 +0000",
        "frm": ("Becky Lutterworth", "becky.lutterworth@hollowmead.example.co.uk"),
        "subject": "QC Technician - could we have a chat?",
        "text": """Hi Seun,

Thanks for applying for our QC Technician role. I loved the bit in your cover letter about
running titrations with thirty fourteen-year-olds - our cellar team will appreciate that!

We'd like to invite you to a first interview at the press house in Long Ashton. It'll be about
45 minutes with me and Tom Hale, our Head Cider Maker, followed by a walk round the lab.

Would Tuesday 24 February at 2pm suit? If not, send me a couple of alternatives.

Cheers,
Becky

Becky Lutterworth
People & Culture Lead | Hollowmead Cider
""",
    },
    {
        "id": "wvw_inv", "kind": "interview_invitation", "lang": "en", "company": "Wessex Vale Water",
        "contact": "", "date": "2026-04-08 08:00 +0100",
        "frm": ("Wessex Vale Water Careers", "wessexvale@myworkday.com"),
        "subject": "Invitation to assessment centre - Laboratory Analyst (Drinking Water) R-04417",
        "fmt": "alt", "shell": {"brand": "Wessex Vale Water", "colour": "#00587c",
                              "footer": "This message was sent from an unmonitored mailbox."},
        "text": """Dear Oluwaseun,

Congratulations - you have been selected to attend an assessment centre for the Laboratory
Analyst (Drinking Water) role.

Date: Tuesday 28 April 2026
Time: 09:30 - 15:00
Venue: Scientific Services Centre, Saltford Works, Bath BA31 0XX

The day includes a group exercise, a numerical data-handling test, a lab safety scenario and a
competency interview. Lunch is provided.

Please confirm your attendance through your candidate home page by 15 April.

Kind regards,
Talent Acquisition, Wessex Vale Water
""",
    },
    {
        "id": "crb_inv", "kind": "interview_invitation", "lang": "en", "company": "Crumb & Crust",
        "contact": "laura.finch@crumbandcrust.example.co.uk",
        "date": "2026-03-05 13:20 +0000",
        "frm": ("Laura Finch via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Laura Finch", "laura.finch@crumbandcrust.example.co.uk"),
        "subject": "Crumb & Crust: please pick a time for your interview",
        "fmt": "alt", "shell": {"style": "bare"},
        "text": """Hi Oluwaseun,

Thanks for your interest in the Quality Technician role at our Swindon bakery! The hiring team
would love to meet you for a 40-minute interview on site.

Please use the link below to choose a slot that works for you:
https://app.greenhouse.example.io/scheduling/crumbandcrust/7f3a1c

Interviewers: Dev Raman (Site Technical Manager) and Laura Finch (Talent Partner)

If none of the times suit, just reply to this email.

Best,
Laura
""",
    },
    {
        "id": "har_inv", "kind": "interview_invitation", "lang": "en", "company": "Harrowfield Petfoods",
        "contact": "", "date": "2026-03-10 10:44 +0000",
        "frm": ("Harrowfield Petfoods Recruitment", "harrowfield@icims.com"),
        "subject": "Interview invitation - QC Laboratory Technician (Swindon) - Req 2291",
        "fmt": "html", "cs": "utf-8", "cte": "base64",
        "shell": {"brand": "Harrowfield Petfoods", "colour": "#8a4b08",
                   "footer": "This is an automated message from the Harrowfield Petfoods careers "
                          "portal. Replies are not monitored."},
        "text": """Dear Oluwaseun,

Thank you for your application for QC Laboratory Technician. We are pleased to invite you to an
interview and site visit at our Swindon plant.

Date: Friday 20 March 2026
Time: 10:00 (please arrive 15 minutes early for the food-safety induction)
Location: Harrowfield Petfoods, Kembrey Park, Swindon SN2 8XX - ask for Neil Sharma at gatehouse 2

Please do not wear jewellery other than a plain wedding band. Confirm your attendance using the
button in your candidate portal.

Harrowfield Petfoods Talent Team
""",
    },
    {
        "id": "bal_inv", "kind": "interview_invitation", "lang": "en", "company": "Ballyvane Orchards",
        "contact": "niamh.osullivan@ballyvane.example.ie",
        "date": "2026-05-05 12:06 +0100",
        "frm": ("Niamh O'Sullivan from Ballyvane Orchards", "no-reply@hire.lever.co"),
        "reply_to": ("Niamh O'Sullivan", "niamh.osullivan@ballyvane.example.ie"),
        "subject": "Video screen for Lab Technician - Cider Quality",
        "fmt": "alt", "shell": {"brand": "Ballyvane Orchards", "colour": "#6b8e23"},
        "text": """Hi Oluwaseun,

Thanks for applying to Ballyvane Orchards! We'd like to set up a 30-minute video screen with
our Quality Lead, Ciarán Daly, to talk through the role and your move from schools into QC.

Book a time that suits you here:
https://jobs.lever.example.co/ballyvane/schedule/4d2e9b

We'll send a Google Meet link once you've booked.

Talk soon,
Niamh O'Sullivan
People Team, Ballyvane Orchards, Midleton, Co. Cork
""",
    },
    {
        "id": "mar_inv", "kind": "interview_invitation", "lang": "en", "company": "Marlowe Bakeries",
        "contact": "tom.okafor@helix-science.example.co.uk",
        "date": "2026-03-30 15:12 +0100",
        "frm": ("Tom Okafor", "tom.okafor@helix-science.example.co.uk"),
        "subject": "Marlowe Bakeries - phone screen Thursday?",
        "text": """Hi Seun,

Great news - Marlowe Bakeries in Reading want to speak to you about the QC Technician role we
discussed. Hannah Blake, their Technical Manager, will call you on Thursday 2 April at 11:00
for a 20-30 minute phone screen. She'll ring the mobile number on your CV.

Have a quick read of their allergen policy on the website beforehand, and think of an example
where you spotted a problem in a process and fixed it.

Shout if the time doesn't work.

Tom

Tom Okafor | Senior Consultant, Food & FMCG
Helix Science Recruitment
""",
    },
    {
        "id": "bri_inv", "kind": "interview_invitation", "lang": "en", "company": "Brightstaff",
        "contact": "jade.morrow@brightstaff.example.co.uk",
        "date": "2026-08-03 09:15 +0100",
        "frm": ("Jade Morrow", "jade.morrow@brightstaff.example.co.uk"),
        "subject": "Registration interview at Brightstaff - Thursday 6 August",
        "fmt": "alt", "shell": {"style": "outlook"},
        "text": """Hi Seun,

Thanks for registering with Brightstaff Temps for lab and QC assignments over the summer.

I'd like to book you in for a registration interview at our Bristol branch (2nd floor, 41 Baldwin
Street) on Thursday 6 August at 10:30. It takes about 45 minutes: we'll go through your
experience, do right-to-work checks and a short COSHH quiz.

Please bring your passport and proof of address.

Thanks,
Jade Morrow
Recruitment Consultant - Science & Industrial
Brightstaff Temps, Bristol
""",
    },
    {
        "id": "cha_inv", "kind": "interview_invitation", "lang": "en", "company": "Cork Harbour Analytical",
        "contact": "", "date": "2026-06-02 10:30 +0100",
        "frm": ("Cork Harbour Analytical", "cork-harbour-analytical@recruitee.com"),
        "subject": "Interview invitation: Food Chemistry Technician",
        "fmt": "alt", "ics_mode": "attach",
        "shell": {"brand": "Cork Harbour Analytical", "colour": "#0b5563"},
        "ics": {"summary": "Interview: Food Chemistry Technician (Microsoft Teams)",
                 "start": "2026-06-09 14:00", "minutes": 45, "tz": "Europe/Dublin", "seq": 0,
                 "uid": "cha-int-20260609@corkharbour-analytical.example.ie",
                 "organizer": ("Siobhán Walsh", "siobhan.walsh@corkharbour-analytical.example.ie"),
                 "location": "Microsoft Teams meeting"},
        "text": """Dear Oluwaseun,

We are happy to invite you to an online interview for the Food Chemistry Technician position.

When: Tuesday 9 June 2026, 14:00 Irish time (45 minutes)
Where: Microsoft Teams - the link is in the attached invitation
Who: Siobhán Walsh (Lab Manager) and Declan Murphy (QA Officer)

Please accept the invitation so that it appears in your calendar.

Best regards,
Recruitment, Cork Harbour Analytical
""",
    },
    {
        "id": "lua_en_inv", "kind": "interview_invitation", "lang": "en", "company": "Lumière & Argile",
        "contact": "helen.hartley@lumiere-argile.example.fr",
        "date": "2026-08-11 09:40 +0200",
        "frm": ("Helen Hartley", "helen.hartley@lumiere-argile.example.fr"),
        "cc": [("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr")],
        "subject": "Final interview - QC Technician, Lyon site",
        "text": """Dear Seun,

Sophie has passed on very positive notes from your video interview. As the role reports into
my team and the working language of the QC lab is English, I'd like to meet you myself for a
final interview.

Could you come to the Lyon site (Parc Technologique de Gerland) on Wednesday 26 August at 14:00
local time? We would cover travel from Bristol. The meeting lasts about 90 minutes and includes a
look at our stability chambers.

Best regards,
Helen Hartley
Quality Director, Lumière & Argile
""",
    },
    {
        "id": "ken_inv", "kind": "interview_invitation", "lang": "en", "company": "Kennet Valley Foods",
        "contact": "aisha.grant@helix-science.example.co.uk",
        "date": "2026-09-03 14:51 +0100",
        "frm": ("Aisha Grant", "aisha.grant@helix-science.example.co.uk"),
        "subject": "Fwd: Interview - Lab Technician (Reading) - candidate Seun A-C",
        "fwd": {
            "id": "ken_inner", "lang": "en", "date": "2026-09-03 13:02 +0100",
            "frm": ("Oliver Grange", "o.grange@kennetvalley.example.co.uk"),
            "to": ("Aisha Grant", "aisha.grant@helix-science.example.co.uk"),
            "subject": "Interview - Lab Technician (Reading) - candidate Seun A-C",
            "text": """Hi Aisha,

Thanks for sending Seun's CV over. We'd like to interview him on Monday 14 September at 13:30 at
the Reading site, Unit 5 Portman Road. Panel will be me and our micro supervisor. About an hour.

Can you confirm with him and send me his mobile?

Oliver Grange
Technical Manager, Kennet Valley Foods
""",
        },
        "text": """Hi Seun,

Good news! See below from Oliver at Kennet Valley Foods - they'd like to interview you on
Monday 14 September at 13:30 at their Reading site. Let me know you're OK with that and I'll
confirm.

Aisha
Helix Science Recruitment
""",
    },
    {
        "id": "bel_inv", "kind": "interview_invitation", "lang": "en", "company": "Savonnerie Belcour",
        "contact": "", "date": "2026-07-22 08:12 +0200",
        "frm": ("Savonnerie Belcour", "no-reply@ashbyhq.com"),
        "subject": "Schedule your video interview with Savonnerie Belcour",
        "fmt": "html",
        "shell": {"brand": "Savonnerie Belcour", "colour": "#7b5e57",
                   "footer": "Sent via Ashby on behalf of Savonnerie Belcour."},
        "text": """Hi Oluwaseun,

Camille Roux would like to invite you to a 45-minute video interview for the QC Technician
(English-speaking) role in Lyon.

Please choose a time from the available slots:
https://app.ashbyhq.example.com/belcour/interview/schedule/91c2

All times are shown in your local time zone.

Thanks,
Savonnerie Belcour Recruiting
""",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "rhb_inv", "kind": "interview_invitation", "lang": "de", "company": "Rheinblüte Kosmetik",
        "contact": "lea.schumacher@rheinbluete.example.de",
        "date": "2026-06-05 10:03 +0200",
        "frm": ("Lea Schumacher", "lea.schumacher@rheinbluete.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Laborant QC (m/w/d)",
        "fmt": "alt", "shell": {"style": "outlook"}, "hcs": ("utf-8", "B"),
        "ics": {"summary": "Vorstellungsgespräch Adebayo-Clarke – Laborant QC",
                 "start": "2026-06-16 11:00", "minutes": 60, "tz": "Europe/Berlin",
                 "uid": "rhb-vg-0616@rheinbluete.example.de",
                 "location": "Microsoft Teams"},
        "text": """Sehr geehrter Herr Adebayo-Clarke,

vielen Dank für Ihre Bewerbung als Laborant QC (m/w/d) bei Rheinblüte Kosmetik. Ihre
Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 16. Juni 2026, 11:00 Uhr (MESZ)
Gesprächspartner: Dr. Tobias Renner (Leitung Qualitätskontrolle) und Lea Schumacher (HR)

Das Gespräch kann gerne auf Englisch stattfinden. Die Einladung mit dem Link finden Sie im
Kalendereintrag.

Mit freundlichen Grüßen
Lea Schumacher
HR Business Partnerin
Rheinblüte Kosmetik GmbH · Industriestraße 14 · 50829 Köln
""",
    },
    {
        "id": "kor_inv", "kind": "interview_invitation", "lang": "de", "company": "Kornfeld Backwaren",
        "contact": "t.albers@kornfeld-backwaren.example.de",
        "date": "2026-04-02 14:26 +0200",
        "frm": ("Thomas Albers", "t.albers@kornfeld-backwaren.example.de"),
        "subject": "Ihre Bewerbung – Einladung zum Gespräch",
        "cs": "iso-8859-1", "cte": "8bit", "hcs": ("iso-8859-1", "Q"),
        "text": """Guten Tag Herr Adebayo-Clarke,

danke für Ihre Bewerbung als Laborant (m/w/d) in unserer Qualitätssicherung.

Gerne möchten wir Sie zu einem persönlichen Gespräch in unser Werk nach Köln-Porz einladen, und
zwar am Dienstag, den 14. April 2026 um 9:30 Uhr. Im Anschluss zeigen wir Ihnen das Labor und
die Produktion (bitte festes Schuhwerk).

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Freundliche Grüße
Thomas Albers
Leiter Qualitätssicherung
Kornfeld Backwaren Gruppe, Werk Porz
""",
    },
    {
        "id": "lbt_inv", "kind": "interview_invitation", "lang": "de", "company": "Tierfutterwerk Erftaue",
        "contact": "j.weissenfels@labtalent-rheinland.example.de",
        "date": "2026-05-12 17:09 +0200",
        "frm": ("Jürgen Weißenfels", "j.weissenfels@labtalent-rheinland.example.de"),
        "subject": "Einladung: Gespräch beim Tierfutterwerk Erftaue",
        "hcs": ("iso-8859-1", "B"),
        "text": """Hallo Herr Adebayo-Clarke,

gute Nachrichten: Das Tierfutterwerk Erftaue in Bergheim möchte Sie kennenlernen!

Frau Kessler (Werksleitung QS) schlägt ein Videogespräch am Mittwoch, 20. Mai, um 15:00 Uhr
vor. Es geht um die Stelle als Labormitarbeiter Wareneingangskontrolle. Das Gespräch wird auf
Englisch und teilweise auf Deutsch geführt.

Passt Ihnen der Termin? Dann schicke ich Ihnen den Teams-Link.

Beste Grüße
Jürgen Weißenfels
LabTalent Rheinland
""",
    },
    {
        "id": "zwp_inv", "kind": "interview_invitation", "lang": "de", "company": "Zeitwerk Personal",
        "contact": "n.yilmaz@zeitwerk-personal.example.de",
        "date": "2026-07-06 08:44 +0200",
        "frm": ("Nesrin Yilmaz", "n.yilmaz@zeitwerk-personal.example.de"),
        "subject": "Telefonisches Kennenlernen – Laboraushilfe Köln",
        "text": """Hallo Herr Adebayo-Clarke,

vielen Dank für Ihr Interesse an unseren Einsätzen als Laboraushilfe in Köln.

Ich würde Sie gerne am Donnerstag, 9. Juli, um 10:00 Uhr zu einem kurzen telefonischen
Kennenlernen (ca. 20 Minuten) anrufen. Dabei besprechen wir Ihre Verfügbarkeit und Ihre
Erfahrungen im Labor.

Sollte der Termin nicht passen, antworten Sie einfach auf diese Mail.

Viele Grüße
Nesrin Yilmaz
Personaldisponentin · Zeitwerk Personal · Niederlassung Köln
""",
    },
    {
        "id": "eif_inv", "kind": "interview_invitation", "lang": "de", "company": "Eifelquell Getränke",
        "contact": "m.hoffmann@eifelquell.example.de",
        "date": "2026-03-20 10:14 +0100",
        "frm": ("Markus Hoffmann", "m.hoffmann@eifelquell.example.de"),
        "subject": "Probearbeitstag im Qualitätslabor",
        "text": """Lieber Herr Adebayo-Clarke,

nach unserem netten Telefonat möchte ich Sie gern zu einem Probearbeitstag in unser
Qualitätslabor in Mechernich einladen.

Vorschlag: Donnerstag, 9. April, 8:00 bis ca. 14:00 Uhr. Sie laufen mit unserer Laborantin mit
(Leitfähigkeit, pH, mikrobiologische Proben aus der Abfüllung) und wir essen gemeinsam zu
Mittag. Die Reisekosten übernehmen wir.

Geben Sie mir kurz Bescheid, ob das für Sie passt?

Viele Grüße
Markus Hoffmann
Leiter Qualitätssicherung, Eifelquell Getränke
""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "lua_inv", "kind": "interview_invitation", "lang": "fr", "company": "Lumière & Argile",
        "contact": "sophie.berthelot@lumiere-argile.example.fr",
        "date": "2026-07-08 11:25 +0200",
        "frm": ("Sophie Berthelot de Lumière & Argile", "notifications@teamtailor-mail.com"),
        "reply_to": ("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr"),
        "subject": "Invitation à un entretien visio – Technicien(ne) CQ",
        "fmt": "alt", "shell": {"brand": "Lumière & Argile", "colour": "#b5838d"},
        "ics": {"summary": "Entretien visio – Technicien(ne) CQ – Lumière & Argile",
                 "start": "2026-07-15 10:00", "minutes": 45, "tz": "Europe/Paris", "seq": 0,
                 "uid": "lua-visio-0715@lumiere-argile.example.fr",
                 "organizer": ("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr"),
                 "location": "Google Meet"},
        "text": """Bonjour Oluwaseun,

Merci pour votre candidature au poste de Technicien(ne) contrôle qualité (anglophone) sur notre
site de Lyon Gerland.

Nous serions ravis d'échanger avec vous lors d'un entretien en visioconférence le mercredi
15 juillet à 10h00 (heure de Paris), soit 9h00 à Bristol. L'entretien durera environ 45 minutes
et pourra se dérouler en anglais.

Vous trouverez l'invitation dans votre agenda. Merci de nous confirmer votre présence.

À bientôt,
Sophie Berthelot
Chargée de recrutement – Lumière & Argile
""",
    },
    {
        "id": "fdo_inv", "kind": "interview_invitation", "lang": "fr", "company": "Fournil d'Or",
        "contact": "isabelle.chaumont@fournildor.example.fr",
        "date": "2026-05-11 15:02 +0200",
        "frm": ("Isabelle Chaumont", "isabelle.chaumont@fournildor.example.fr"),
        "subject": "Entretien – Technicien qualité laboratoire",
        "cs": "windows-1252", "cte": "qp", "hcs": ("windows-1252", "Q"),
        "text": """Bonjour Monsieur Adebayo-Clarke,

Suite à votre candidature, nous souhaiterions vous rencontrer pour le poste de technicien
qualité laboratoire de notre site de production de Vénissieux.

Je vous propose un entretien le mardi 19 mai à 14h30, dans nos locaux du 5 rue du Moulin,
69200 Vénissieux. Vous rencontrerez M. Duval, responsable qualité, et moi-même.

Merci de me confirmer votre venue par retour d’e-mail.

Cordialement,
Isabelle Chaumont
Responsable RH – Boulangeries Fournil d’Or
""",
    },
    {
        "id": "las_inv", "kind": "interview_invitation", "lang": "fr", "company": "Laboratoire Analytique Saône",
        "contact": "v.morel@labo-saone.example.fr",
        "date": "2026-06-08 09:33 +0200",
        "frm": ("Virginie Morel", "v.morel@labo-saone.example.fr"),
        "subject": "Premier échange téléphonique",
        "text": """Bonjour Seun,

Merci pour votre candidature spontanée, qui a retenu notre attention.

Seriez-vous disponible pour un premier échange téléphonique de 30 minutes le jeudi 11 juin à
11h (heure française) ? Je vous appellerai sur votre portable britannique. Nous pourrons parler en
anglais si vous le préférez.

Bien à vous,
Virginie Morel
Responsable technique – Laboratoire Analytique Saône, Villeurbanne
""",
    },
    {
        "id": "val_inv", "kind": "interview_invitation", "lang": "fr", "company": "Parfumerie Brotteaux",
        "contact": "elodie.garnier@valmont-sciences.example.fr",
        "date": "2026-06-12 10:47 +0200",
        "frm": ("Élodie Garnier", "elodie.garnier@valmont-sciences.example.fr"),
        "subject": "Entretien avec la Parfumerie Brotteaux",
        "hcs": ("utf-8", "B"),
        "text": """Bonjour Seun,

Comme annoncé au téléphone, mon client la Parfumerie Brotteaux souhaite vous rencontrer pour le
poste d'assistant contrôle qualité.

L'entretien aurait lieu en visio le lundi 22 juin à 16h, avec Mme Lefort (directrice qualité).
Il se déroulera en anglais et en français.

Pouvez-vous me confirmer votre disponibilité ?

Belle journée,
Élodie Garnier
Cabinet Valmont Sciences
""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "esp_inv", "kind": "interview_invitation", "lang": "es", "company": "Grupo Espiga",
        "contact": "", "date": "2026-04-13 09:05 +0200",
        "frm": ("Grupo Espiga", "noreply@smartrecruiters.com"),
        "subject": "Entrevista: Técnico/a de Laboratorio de Calidad – elige tu horario",
        "fmt": "alt", "shell": {"brand": "Grupo Espiga", "colour": "#c58b00"},
        "text": """Hola Oluwaseun:

¡Buenas noticias! El equipo de Calidad de Grupo Espiga quiere conocerte en una entrevista por
videollamada para el puesto de Técnico/a de Laboratorio de Calidad.

Elige el horario que mejor te venga en el siguiente enlace:
https://jobs.smartrecruiters.example.com/grupoespiga/interview/55a1

La entrevista dura unos 40 minutos y puede hacerse en inglés.

Un saludo,
Equipo de Selección de Grupo Espiga
""",
    },
    {
        "id": "aig_inv", "kind": "interview_invitation", "lang": "es", "company": "Aigües del Maresme",
        "contact": "nuria.puig@aigues-maresme.example.es",
        "date": "2026-05-14 12:30 +0200",
        "frm": ("Núria Puig", "nuria.puig@aigues-maresme.example.es"),
        "subject": "Convocatoria a entrevista y prueba técnica",
        "fmt": "alt", "shell": {"style": "outlook"}, "hcs": ("utf-8", "Q"),
        "ics": {"summary": "Entrevista y prueba técnica - Técnico de laboratorio",
                 "start": "2026-05-26 10:00", "minutes": 120, "tz": "Europe/Madrid",
                 "uid": "aig-ent-0526@aigues-maresme.example.es",
                 "location": "Laboratorio central, Camí de la Riera 3, Mataró"},
        "text": """Estimado Seun:

Nos complace convocarle a la entrevista y prueba técnica para el puesto de Técnico de
laboratorio de aguas.

Fecha: martes 26 de mayo de 2026
Hora: 10:00 h (duración aproximada 2 horas)
Lugar: Laboratorio central, Camí de la Riera 3, Mataró

La prueba técnica consiste en la determinación de cloro libre y turbidez en muestras de red.
Le adjuntamos la convocatoria para su calendario.

Atentamente,
Núria Puig
Responsable de Personas - Aigües del Maresme
""",
    },
    {
        "id": "tcc_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Laboratorios Montjuïc Control",
        "contact": "marta.rovira@talentociencia.example.es",
        "date": "2026-02-16 11:11 +0100",
        "frm": ("Marta Rovira", "marta.rovira@talentociencia.example.es"),
        "subject": "Entrevista con Laboratorios Montjuïc Control",
        "cs": "iso-8859-1", "cte": "qp",
        "text": """Hola Seun,

¡Te tengo una entrevista! Laboratorios Montjuïc Control quiere hacerte una primera llamada para
el puesto de técnico de laboratorio (análisis de alimentos).

Te llamará Jordi Ferrer, el director técnico, el jueves 19 de febrero a las 12:00 (hora de
Barcelona, las 11:00 en Bristol). Será en inglés, unos 20 minutos.

Confírmame que te va bien y le paso tu número.

Un abrazo,
Marta Rovira
Talento Ciencia Consultores
""",
    },
    {
        "id": "all_inv", "kind": "interview_invitation", "lang": "es", "company": "Analítica Llobregat",
        "contact": "carles.vidal@analitica-llobregat.example.es",
        "date": "2026-08-04 10:20 +0200",
        "frm": ("Carles Vidal", "carles.vidal@analitica-llobregat.example.es"),
        "reply_to": ("Carles Vidal", "carles.vidal@analitica-llobregat.example.es"),
        "subject": "Re: Candidatura técnico de laboratorio – entrevista",
        "parent": "all_ack", "quote": "inline",
        "text": """Hola Seun,

Hemos revisado tu candidatura y nos gustaría hacerte una entrevista por videollamada el
miércoles 12 de agosto a las 17:00 (hora peninsular). Estaremos Montse Soler, responsable de
calidad, y yo.

Te enviaré el enlace de Teams el día anterior. Si te va mejor otro día, dímelo sin problema.

Saludos,
Carles Vidal
Laboratorio de Cosméticos y Alimentos
Analítica Llobregat - Cornellà de Llobregat
""",
    },
]
