"""Corpus 335 rejections: every 'no', soft or blunt, direct or relayed by an agency."""

from __future__ import annotations

MESSAGES = [
    # ------------------------------------------------------------------ English
    {
        "id": "hol_rej", "kind": "rejection", "lang": "en", "company": "Hollowmead Cider",
        "contact": "becky.lutterworth@hollowmead.example.co.uk",
        "date": "2026-03-24 16:41 +0000",
        "frm": ("Becky Lutterworth", "becky.lutterworth@hollowmead.example.co.uk"),
        "subject": "Re: Thank you - QC Technician interview",
        "parent": "hol_thanks", "quote": "inline",
        "text": """Hi Seun,

Thanks so much for your kind note, and for coming all the way out to the press house last week.
Tom and I really enjoyed talking to you about the work you do with the Year 11s.

I'm afraid I don't have the news you were hoping for. We've offered the QC Technician role to
another candidate who has already run a cellar lab through a full harvest, and that experience
tipped it for us in the end. It was a genuinely close call.

If a seasonal lab assistant post comes up for the September pressing I'll drop you a line
directly - I'd be glad to see your name again.

All the best,
Becky

Becky Lutterworth
People & Culture Lead | Hollowmead Cider
Orchard Lane, Long Ashton, Bristol BS41 9XX
01275 000 412
""",
    },
    {
        "id": "wvw_rej", "kind": "rejection", "lang": "en", "company": "Wessex Vale Water",
        "contact": "", "date": "2026-05-19 11:02 +0100",
        "frm": ("Wessex Vale Water Careers", "wessexvale@myworkday.com"),
        "subject": "Update on your application: Laboratory Analyst (Drinking Water) - R-04417",
        "fmt": "html", "cte": "base64",
        "shell": {"brand": "Wessex Vale Water", "colour": "#00587c",
                   "footer": "This message was sent from an unmonitored mailbox. Wessex Vale Water "
                          "Services, Saltford Works, Bath BA31 0XX."},
        "text": """Dear Oluwaseun,

Thank you for your interest in the Laboratory Analyst (Drinking Water) vacancy, R-04417, and for
your patience while the assessment centre was postponed.

Following a review of our Scientific Services structure, the business has decided to suspend
recruitment for this role. As a result we will not be proceeding with your application, and the
rescheduled assessment centre will not take place.

We recognise this is disappointing after the time you have invested. Your candidate profile will
remain active and you are welcome to apply for future vacancies on our careers site.

Kind regards,
Talent Acquisition Team
Wessex Vale Water
""",
    },
    {
        "id": "crb_rej", "kind": "rejection", "lang": "en", "company": "Crumb & Crust",
        "contact": "laura.finch@crumbandcrust.example.co.uk",
        "date": "2026-04-09 09:27 +0100",
        "frm": ("Laura Finch via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Laura Finch", "laura.finch@crumbandcrust.example.co.uk"),
        "subject": "Your application to Crumb & Crust - Quality Technician (Swindon bakery)",
        "fmt": "alt", "shell": {"style": "bare"},
        "text": """Hi Oluwaseun,

Thank you for getting back in touch after the mix-up with the interview time, and for your
interest in the Quality Technician role at our Swindon bakery.

We have now completed the interviews and have decided to move forward with candidates whose
experience more closely matches what the site needs right now, particularly HACCP level 3 and
hands-on allergen validation.

We will keep your details on file for six months, and I'd encourage you to keep an eye on our
careers page.

Best wishes,
Laura Finch
Talent Partner, Crumb & Crust Bakeries
""",
    },
    {
        "id": "bal_rej", "kind": "rejection", "lang": "en", "company": "Ballyvane Orchards",
        "contact": "", "date": "2026-06-11 14:15 +0100",
        "frm": ("Ballyvane Orchards", "no-reply@hire.lever.co"),
        "subject": "Lab Technician - Cider Quality (Cork): an update",
        "fmt": "alt", "shell": {"brand": "Ballyvane Orchards", "colour": "#6b8e23"},
        "text": """Hello Oluwaseun,

We wanted to let you know that the Lab Technician - Cider Quality position in Cork has been put on
hold for the rest of this season while we finish commissioning the new fermentation hall.

Because we cannot say when, or whether, the role will reopen, we will not proceed with your
application and the video screen we postponed last month will not be rebooked.

We're sorry to bring the process to a close this way. Thank you for the time you gave us.

The Ballyvane Orchards team
""",
    },
    {
        "id": "mar_rej", "kind": "rejection", "lang": "en", "company": "Marlowe Bakeries",
        "contact": "tom.okafor@helix-science.example.co.uk",
        "date": "2026-05-06 17:48 +0100",
        "frm": ("Tom Okafor", "tom.okafor@helix-science.example.co.uk"),
        "subject": "Marlowe - feedback",
        "text": """Hi Seun,

Sorry it's taken me a few days to come back to you - I wanted to get proper feedback rather than a
two-liner.

I spoke to Hannah at Marlowe this afternoon. They liked you a lot on a personal level and thought
your practical lab organisation was excellent, but they've decided to go with someone who has
worked in a BRCGS-audited food site before. So unfortunately it's a no from them this time.

Honestly that's the only gap they flagged, and it's one that a first food job fixes. I've got
a couple of other things brewing and I'll call you next week.

Cheers,
Tom

Tom Okafor | Senior Consultant, Food & FMCG
Helix Science Recruitment | 3rd Floor, 14 Queen Square, Bristol BS1 4XX
M: 07700 900 318
""",
    },
    {
        "id": "hel_rej_unnamed", "kind": "rejection", "lang": "en", "company": "Helix Science Recruitment",
        "contact": "aisha.grant@helix-science.example.co.uk",
        "date": "2026-03-03 10:05 +0000",
        "frm": ("Aisha Grant", "aisha.grant@helix-science.example.co.uk"),
        "subject": "QC Analyst role (Wiltshire) - client decision",
        "text": """Morning Seun,

Quick one: my client, the pet-food manufacturer in Wiltshire I mentioned on the phone, has
reviewed the shortlist and won't be taking your CV forward to interview. They are holding out
for someone with micro plating experience on finished product.

I know that's frustrating. I'll keep you in mind for the lab assistant roles we get through most
months.

Aisha Grant
Consultant | Helix Science Recruitment
""",
    },
    {
        "id": "taf_rej", "kind": "rejection", "lang": "en", "company": "Taff Valley Food Testing",
        "contact": "", "date": "2026-02-02 08:30 +0000",
        "frm": ("Taff Valley Food Testing", "no-reply@ashbyhq.com"),
        "subject": "Your application for Laboratory Assistant, Cardiff",
        "cte": "base64",
        "text": """Dear Oluwaseun,

Thank you for applying for the Laboratory Assistant position at Taff Valley Food Testing in
Cardiff.

We received a high number of applications for this role. After careful review, we regret that
we will not be inviting you to interview on this occasion.

We wish you every success in your search.

Taff Valley Food Testing Recruitment
Unit 7, Ocean Way Business Park, Cardiff CF24 5XX
""",
    },
    {
        "id": "kes_rej", "kind": "rejection", "lang": "en", "company": "Kestrel & Bloom",
        "contact": "", "date": "2026-04-21 07:55 +0100",
        "frm": ("Kestrel & Bloom Talent", "kestrelbloom@taleo.net"),
        "subject": "Requisition 26-0311 QC Laboratory Technician - status change",
        "fmt": "html",
        "shell": {"brand": "Kestrel & Bloom Cosmetics", "colour": "#5a3d6b",
                   "footer": "Please do not reply to this automated message."},
        "text": """Dear Oluwaseun Adebayo-Clarke,

We would like to thank you for your interest in the QC Laboratory Technician position
(requisition 26-0311) at our Reading manufacturing site.

Please be advised that this position has now been filled by an internal candidate. Your
application is therefore no longer under consideration for this vacancy.

We invite you to visit our careers website regularly for new opportunities.

Sincerely,
Kestrel & Bloom Talent Acquisition
""",
    },
    {
        "id": "grl_rej", "kind": "rejection", "lang": "en", "company": "Pembury Foods",
        "contact": "", "date": "2026-03-12 12:00 +0000",
        "frm": ("GradLadder", "notifications@gradladder.example.com"),
        "subject": "Pembury Foods has updated your application status",
        "fmt": "alt", "shell": {"brand": "GradLadder", "colour": "#ff6a13",
                              "footer": "GradLadder Ltd, 20 Temple Way, Bristol. Manage emails in "
                                     "your account settings."},
        "text": """Hi Seun,

Pembury Foods has reviewed your application for Graduate QC Technician (Reading) and updated its
status to: Not progressing.

Employers on GradLadder receive many applications, and this decision was made by the employer.
Don't be discouraged - there are 38 new laboratory roles near Reading this week.

See matching roles: https://gradladder.example.com/jobs?q=laboratory&near=reading

The GradLadder team
""",
    },
    {
        "id": "cha_rej", "kind": "rejection", "lang": "en", "company": "Cork Harbour Analytical",
        "contact": "", "date": "2026-07-03 15:20 +0100",
        "frm": ("Cork Harbour Analytical", "cork-harbour-analytical@recruitee.com"),
        "subject": "Food Chemistry Technician – outcome of your interview",
        "fmt": "alt", "shell": {"brand": "Cork Harbour Analytical", "colour": "#0b5563"},
        "text": """Dear Oluwaseun,

Many thanks for interviewing with us for the Food Chemistry Technician role — and for your
patience after the rearranged call and the connection problems on the first attempt.

The panel has now met, and I'm sorry to tell you that we won't be offering you the position. The
successful candidate brought direct ISO 17025 method-validation experience, which was the
deciding factor.

We really did appreciate your enthusiasm and wish you the best with your move into QC.

Kind regards,
Recruitment, Cork Harbour Analytical
Ringaskiddy, Co. Cork
""",
    },
    {
        "id": "har_rej", "kind": "rejection", "lang": "en", "company": "Harrowfield Petfoods",
        "contact": "", "date": "2026-04-14 13:06 +0100",
        "frm": ("Harrowfield Petfoods Recruitment", "harrowfield@icims.com"),
        "subject": "Harrowfield Petfoods: QC Laboratory Technician (Swindon) - Req 2291",
        "fmt": "alt", "shell": {"brand": "Harrowfield Petfoods", "colour": "#8a4b08"},
        "text": """Dear Oluwaseun,

Thank you for visiting our Swindon plant and for taking part in the interview for QC Laboratory
Technician.

After careful consideration we have decided to pursue other candidates for this position. This
was not an easy decision given the strength of the applications.

We will retain your details in our talent pool and may contact you about future opportunities.

Regards,
Harrowfield Petfoods Talent Team
""",
    },
    {
        "id": "avo_rej", "kind": "rejection", "lang": "en", "company": "Avonside Cosmetics",
        "contact": "m.delaney@avonside-cosmetics.example.co.uk",
        "date": "2026-02-13 16:12 +0000",
        "frm": ("Moira Delaney", "m.delaney@avonside-cosmetics.example.co.uk"),
        "subject": "Your application - Quality Control Assistant",
        "pdf": [("Avonside_outcome_letter.pdf", [
            "Avonside Cosmetics - Human Resources",
            "Unit 4 Feeder Road, Bristol BS2 0XX",
            "",
            "13 February 2026",
            "",
            "Dear Mr Adebayo-Clarke,",
            "",
            "Quality Control Assistant - ref AVC/QC/26/02",
            "",
            "Thank you for attending the telephone screen. We have now completed",
            "shortlisting and regret that we are unable to invite you to the next stage.",
            "",
            "Yours sincerely,",
            "Moira Delaney, HR Advisor",
        ])],
        "text": """Dear Seun,

Please find attached a letter regarding the outcome of your application for the Quality Control
Assistant post. I'm sorry it isn't better news on this occasion.

Kind regards,
Moira

Moira Delaney
HR Advisor, Avonside Cosmetics
""",
    },
    {
        "id": "mss_rej", "kind": "rejection", "lang": "en", "company": "Mendip Springs",
        "contact": "rhodri.evans@mendipsprings.example.co.uk",
        "date": "2026-05-27 10:33 +0100",
        "frm": ("Evans, Rhodri", "rhodri.evans@mendipsprings.example.co.uk"),
        "subject": "RE: Laboratory Technician vacancy - speculative application",
        "cs": "windows-1252", "parent": "mss_apply", "quote": "outlook",
        "text": """Dear Seun,

Thank you for your email and CV – it’s always nice to hear from someone who has taken the
trouble to find out what we actually do at the bottling plant.

Unfortunately we aren’t in a position to take you on. The technician post we advertised in April
has already been filled, and we don’t expect another opening this year.

I wish you the very best with your search.

Regards,

Rhodri Evans
QA Manager
Mendip Springs Water Co.
Chewton Road, Somerset BA3 4XX
Tel: 01761 000 227

**********************************************************************
This email and any files transmitted with it are confidential and intended solely for the use
of the individual or entity to whom they are addressed. If you have received this email in error
please notify the sender. Mendip Springs Water Co. accepts no liability for any damage caused by
any virus transmitted by this email.
**********************************************************************
""",
    },
    {
        "id": "bel_rej", "kind": "rejection", "lang": "en", "company": "Savonnerie Belcour",
        "contact": "camille.roux@belcour.example.fr",
        "date": "2026-08-05 18:02 +0200",
        "frm": ("Camille Roux", "camille.roux@belcour.example.fr"),
        "subject": "Following our video call – QC Technician (English-speaking), Lyon",
        "cs": "utf-8",
        "text": """Dear Seun,

Thank you again for the video call last Tuesday; the whole team enjoyed hearing about your
science club and the soap-making practical you run for Year 9.

We have thought about it carefully. Although we were impressed, we have decided not to take your
application further for this role: we need someone who can already run stability and
micro-challenge testing on their own from day one, and we do not have the capacity to train at
the moment.

I hope our paths cross again. Bonne continuation !

Camille Roux
Responsable Qualité – Savonnerie Belcour
12 rue Bellecordière, 69002 Lyon
""",
    },
    {
        "id": "bri_rej", "kind": "rejection", "lang": "en", "company": "Brightstaff",
        "contact": "jade.morrow@brightstaff.example.co.uk",
        "date": "2026-09-22 12:44 +0100",
        "frm": ("Jade Morrow", "jade.morrow@brightstaff.example.co.uk"),
        "subject": "Lab assistant temp (Avonmouth) - update",
        "text": """Hi Seun,

Just a heads up about the 6-week lab assistant cover in Avonmouth I mentioned on Friday: the
client has filled it with one of their own warehouse staff, so I won't be putting you forward
for that one after all. Sorry!

Let me know your availability for October and I'll keep looking.

Jade
Brightstaff Temps | Bristol branch | 0117 000 5520
""",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "kor_rej", "kind": "rejection", "lang": "de", "company": "Kornfeld Backwaren",
        "contact": "", "date": "2026-05-04 09:12 +0200",
        "frm": ("Kornfeld Backwaren Gruppe", "kornfeld-backwaren@softgarden.io"),
        "subject": "Ihre Bewerbung als Laborant (m/w/d) Qualitätssicherung",
        "fmt": "alt", "shell": {"brand": "Kornfeld Backwaren", "colour": "#a0522d"},
        "text": """Sehr geehrter Herr Adebayo-Clarke,

vielen Dank für Ihr Interesse an unserem Unternehmen und die Zeit, die Sie sich für das
Kennenlernen genommen haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere
Kandidatin entschieden haben, deren Profil unseren aktuellen Anforderungen in der
Qualitätssicherung noch besser entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kornfeld Backwaren Gruppe
""",
    },
    {
        "id": "dom_rej", "kind": "rejection", "lang": "de", "company": "Domstadt Analytik",
        "contact": "", "date": "2026-02-10 14:00 +0100",
        "frm": ("Domstadt Analytik Karriere", "noreply@successfactors.eu"),
        "subject": "Absage: Chemisch-technischer Assistent Lebensmittelanalytik (Job-ID 3381)",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrter Herr Adebayo-Clarke,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an der Domstadt Analytik.

Leider können wir Sie im weiteren Auswahlverfahren nicht berücksichtigen. Für die Position
suchen wir Bewerber mit abgeschlossener CTA-Ausbildung und Erfahrung mit HPLC-Methoden.

Diese Entscheidung ist keine Bewertung Ihrer Person. Wir wünschen Ihnen für Ihren weiteren Weg
alles Gute.

Freundliche Grüße
Personalabteilung
Domstadt Analytik, Köln-Ehrenfeld
""",
    },
    {
        "id": "lbt_rej", "kind": "rejection", "lang": "de", "company": "LabTalent Rheinland",
        "contact": "j.weissenfels@labtalent-rheinland.example.de",
        "date": "2026-04-16 18:20 +0200",
        "frm": ("Jürgen Weißenfels", "j.weissenfels@labtalent-rheinland.example.de"),
        "subject": "Rückmeldung zu Ihrer Kandidatur",
        "hcs": ("iso-8859-1", "Q"),
        "text": """Hallo Herr Adebayo-Clarke,

wie besprochen hatte ich Ihr Profil vertraulich bei unserem Mandanten, einem mittelständischen
Kosmetikhersteller im Rheinland, vorgestellt.

Heute kam die Rückmeldung: Man hat sich gegen eine Einladung entschieden, da die Stelle
fließende Deutschkenntnisse auf C1-Niveau voraussetzt. Das tut mir leid, zumal Ihr fachlicher
Hintergrund gut gepasst hätte.

Ich melde mich, sobald ich eine englischsprachige Position im Raum Köln habe.

Beste Grüße
Jürgen Weißenfels
Senior Consultant Life Sciences
LabTalent Rheinland · Hohenzollernring 20 · 50672 Köln
""",
    },
    {
        "id": "lbt_rej2", "kind": "rejection", "lang": "de", "company": "Tierfutterwerk Erftaue",
        "contact": "j.weissenfels@labtalent-rheinland.example.de",
        "date": "2026-06-02 11:47 +0200",
        "frm": ("Jürgen Weißenfels", "j.weissenfels@labtalent-rheinland.example.de"),
        "subject": "Tierfutterwerk Erftaue – Entscheidung nach dem Gespräch",
        "hcs": ("utf-8", "B"),
        "text": """Hallo Herr Adebayo-Clarke,

ich habe heute mit Frau Kessler vom Tierfutterwerk Erftaue telefoniert. Das Gespräch mit Ihnen
war aus ihrer Sicht sehr angenehm, dennoch hat sich das Werk für einen internen Kandidaten aus
der Produktion entschieden.

Die Stelle ist damit leider vergeben. Ich hätte Ihnen gerne Besseres berichtet.

Herzliche Grüße
Jürgen Weißenfels
LabTalent Rheinland
""",
    },
    {
        "id": "rwl_rej", "kind": "rejection", "lang": "de", "company": "Rheinwasser Labor",
        "contact": "s.brandt@rheinwasser.example.de",
        "date": "2026-03-18 08:51 +0100",
        "frm": ("Brandt, Sabine", "s.brandt@rheinwasser.example.de"),
        "subject": "AW: Bewerbung Laborant Trinkwasseranalytik",
        "cs": "windows-1252", "parent": "rwl_ack", "quote": "outlook",
        "text": """Sehr geehrter Herr Adebayo-Clarke,

inzwischen ist die Entscheidung gefallen: Die Stelle „Laborant Trinkwasseranalytik“ wurde
intern mit einer Kollegin aus unserem Außenlabor besetzt.

Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen und senden Ihnen Ihre
Unterlagen nicht zurück, sondern löschen sie datenschutzkonform nach sechs Monaten.

Mit freundlichen Grüßen

Sabine Brandt
Personalreferentin
Rheinwasser Labor – Zentrallabor Köln-Poll
Tel. 0221 000 4471

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""",
    },
    {
        "id": "eif_rej", "kind": "rejection", "lang": "de", "company": "Eifelquell Getränke",
        "contact": "m.hoffmann@eifelquell.example.de",
        "date": "2026-04-01 15:30 +0200",
        "frm": ("Markus Hoffmann", "m.hoffmann@eifelquell.example.de"),
        "subject": "Probearbeitstag / Stelle Qualitätslabor",
        "parent": "eif_inv", "quote": "inline",
        "text": """Lieber Herr Adebayo-Clarke,

leider muss ich Ihnen mitteilen, dass die Geschäftsführung die Stelle im Qualitätslabor vorerst
gestrichen hat. Das Auswahlverfahren ist damit eingestellt, und wir werden Ihre Bewerbung nicht
weiterverfolgen. Der geplante Probearbeitstag entfällt ebenfalls.

Es tut mir wirklich leid, zumal Sie schon die Anreise aus Bristol geplant hatten.

Viele Grüße aus Mechernich
Markus Hoffmann
Leiter Qualitätssicherung, Eifelquell Getränke
""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "nut_rej", "kind": "rejection", "lang": "fr", "company": "Nutrivia Rhône",
        "contact": "", "date": "2026-04-07 10:10 +0200",
        "frm": ("Nutrivia Rhône", "nutrivia-rhone@recruitee.com"),
        "subject": "Votre candidature – Technicien(ne) contrôle qualité",
        "fmt": "alt", "shell": {"brand": "Nutrivia Rhône", "colour": "#2e7d32"},
        "text": """Bonjour Oluwaseun,

Nous vous remercions de l'intérêt que vous portez à Nutrivia Rhône et du temps consacré à votre
candidature pour le poste de Technicien(ne) contrôle qualité à Saint-Priest.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas y donner une suite favorable.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe recrutement Nutrivia Rhône
""",
    },
    {
        "id": "fdo_rej", "kind": "rejection", "lang": "fr", "company": "Fournil d'Or",
        "contact": "isabelle.chaumont@fournildor.example.fr",
        "date": "2026-05-29 17:05 +0200",
        "frm": ("Isabelle Chaumont", "isabelle.chaumont@fournildor.example.fr"),
        "subject": "Re: Nouveau créneau pour notre entretien ?",
        "parent": "fdo_seun_reply", "quote": "inline",
        "text": """Bonjour Seun,

Merci d'être venu jusqu'à Vénissieux mardi, malgré le contretemps de la première date.

Nous avons rencontré plusieurs candidats et nous avons finalement retenu une personne déjà
formée aux audits IFS. Je suis désolée de ne pas pouvoir vous proposer le poste.

Votre parcours d'enseignement est atypique et intéressant ; n'hésitez pas à postuler de nouveau
quand vous aurez une première expérience en agroalimentaire.

Bien cordialement,
Isabelle Chaumont
Responsable RH – Boulangeries Fournil d'Or
""",
    },
    {
        "id": "las_rej", "kind": "rejection", "lang": "fr", "company": "Laboratoire Analytique Saône",
        "contact": "", "date": "2026-07-09 09:00 +0200",
        "frm": ("Laboratoire Analytique Saône", "labo-saone@taleo.net"),
        "subject": "Suite à vos entretiens – Technicien de laboratoire (H/F)",
        "fmt": "html", "cs": "iso-8859-1", "cte": "qp", "hcs": ("iso-8859-1", "Q"),
        "shell": {"style": "bare", "footer": "Message automatique, merci de ne pas répondre."},
        "text": """Monsieur,

Nous vous remercions pour les deux entretiens que vous avez passés avec nos équipes.

Malgré l'intérêt de votre candidature, nous avons le regret de vous annoncer que votre profil
n'a pas été retenu pour le poste de Technicien de laboratoire (H/F) à Villeurbanne.

Nous conservons votre candidature dans notre vivier, sauf avis contraire de votre part.

Veuillez agréer, Monsieur, nos salutations distinguées.

Direction des Ressources Humaines
Laboratoire Analytique Saône
""",
    },
    {
        "id": "val_rej", "kind": "rejection", "lang": "fr", "company": "Parfumerie Brotteaux",
        "contact": "elodie.garnier@valmont-sciences.example.fr",
        "date": "2026-07-01 12:18 +0200",
        "frm": ("Élodie Garnier", "elodie.garnier@valmont-sciences.example.fr"),
        "subject": "Retour de la Parfumerie Brotteaux",
        "hcs": ("utf-8", "Q"),
        "text": """Bonjour Seun,

J'ai eu ce matin le retour de la Parfumerie Brotteaux après votre second entretien.

Ils ont beaucoup apprécié votre rigueur, mais ils ont choisi de poursuivre avec un autre candidat
qui a déjà travaillé sur des lignes de remplissage en cosmétique. Ce n'est donc pas positif cette
fois-ci, j'en suis désolée.

Je reste à vos côtés pour la suite ; je vous appelle la semaine prochaine pour faire le point.

Élodie Garnier
Consultante – Cabinet Valmont Sciences
06 00 00 31 42
""",
    },
    {
        "id": "efv_rej", "kind": "rejection", "lang": "fr", "company": "Eaux de Fourvière",
        "contact": "p.lambert@eaux-fourviere.example.fr",
        "date": "2026-06-23 11:40 +0200",
        "frm": ("Pascal Lambert", "p.lambert@eaux-fourviere.example.fr"),
        "subject": "Recrutement technicien laboratoire – suspension du processus",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Monsieur Adebayo-Clarke,

Je reviens vers vous au sujet de votre candidature au poste de technicien de laboratoire
(contrôle sanitaire des eaux).

Suite à une réorganisation du service, le processus de recrutement est suspendu jusqu'à nouvel
ordre. Nous ne poursuivrons donc pas votre candidature dans le cadre de ce recrutement.

Je vous prie de nous excuser pour ce contretemps et vous adresse mes meilleures salutations.

Pascal Lambert
Chef du laboratoire
Eaux de Fourvière - 8 quai Fulchiron, 69005 Lyon
""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "esp_rej", "kind": "rejection", "lang": "es", "company": "Grupo Espiga",
        "contact": "", "date": "2026-05-12 10:25 +0200",
        "frm": ("Grupo Espiga", "noreply@smartrecruiters.com"),
        "subject": "Tu candidatura a Técnico/a de Laboratorio de Calidad",
        "fmt": "alt", "cte": "base64", "shell": {"brand": "Grupo Espiga", "colour": "#c58b00"},
        "text": """Hola Oluwaseun:

Gracias por tu interés en Grupo Espiga y por participar en el proceso de selección para el
puesto de Técnico/a de Laboratorio de Calidad en nuestra planta de Sant Boi.

Tras valorar todas las candidaturas, hemos decidido continuar con otras personas cuyo perfil se
ajusta más a las necesidades actuales del puesto.

Te deseamos mucho éxito en tu búsqueda.

Un saludo,
Equipo de Selección de Grupo Espiga
""",
    },
    {
        "id": "aig_rej", "kind": "rejection", "lang": "es", "company": "Aigües del Maresme",
        "contact": "nuria.puig@aigues-maresme.example.es",
        "date": "2026-06-04 13:14 +0200",
        "frm": ("Núria Puig", "nuria.puig@aigues-maresme.example.es"),
        "subject": "Proceso de selección – Técnico de laboratorio de aguas",
        "hcs": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "qp",
        "text": """Estimado Seun:

Muchas gracias por su tiempo en la entrevista y en la prueba técnica del pasado jueves.

Lamentamos comunicarle que hemos decidido continuar con otros candidatos cuyo perfil se ajusta
más a los requisitos del puesto, en especial en lo relativo a la experiencia con la norma UNE-EN
ISO 17025.

Le agradecemos sinceramente su interés y le deseamos mucha suerte.

Atentamente,

Núria Puig
Responsable de Personas
Aigües del Maresme - Mataró
""",
    },
    {
        "id": "bcs_rej", "kind": "rejection", "lang": "es", "company": "Brisa Cosmética",
        "contact": "", "date": "2026-05-20 09:45 +0200",
        "frm": ("Brisa Cosmética Talento", "brisacosmetica@icims.com"),
        "subject": "Actualización de su solicitud: Analista de Control de Calidad",
        "fmt": "alt", "shell": {"brand": "Brisa Cosmética", "colour": "#0097a7"},
        "text": """Estimado/a Oluwaseun:

Le agradecemos el interés mostrado en la vacante de Analista de Control de Calidad en nuestra
fábrica de Granollers.

Le informamos de que la vacante ha sido cubierta internamente, por lo que su candidatura no
seguirá adelante en este proceso.

Guardaremos sus datos para futuras oportunidades, salvo que nos indique lo contrario.

Atentamente,
Departamento de Talento - Brisa Cosmética
""",
    },
    {
        "id": "tcc_rej", "kind": "rejection", "lang": "es", "company": "Talento Ciencia",
        "contact": "marta.rovira@talentociencia.example.es",
        "date": "2026-08-18 16:55 +0200",
        "frm": ("Marta Rovira", "marta.rovira@talentociencia.example.es"),
        "subject": "Novedades sobre la posición de técnico QC",
        "text": """Hola Seun,

Te escribo para contarte cómo ha ido lo del técnico QC para mi cliente del sector alimentario en
el Vallès.

Al final no van a avanzar con tu candidatura: han preferido a alguien con experiencia previa en
planta y nivel de castellano nativo. Siento que no haya salido esta vez.

Sigo buscando; en septiembre suelen abrirse bastantes procesos.

Un abrazo,
Marta Rovira
Consultora Senior · Talento Ciencia Consultores
+34 600 000 218
""",
    },
    {
        "id": "lmc_rej", "kind": "rejection", "lang": "es", "company": "Laboratorios Montjuïc Control",
        "contact": "jordi.ferrer@labmontjuic.example.es",
        "date": "2026-03-09 12:02 +0100",
        "frm": ("Jordi Ferrer", "jordi.ferrer@labmontjuic.example.es"),
        "reply_to": ("Jordi Ferrer", "jordi.ferrer@labmontjuic.example.es"),
        "subject": "Cancelación de la vacante de técnico de laboratorio",
        "cs": "iso-8859-1", "cte": "8bit", "hcs": ("iso-8859-1", "B"),
        "cc": [("Marta Rovira", "marta.rovira@talentociencia.example.es")],
        "text": """Estimado Sr. Adebayo-Clarke:

Le escribo en relación con la vacante de técnico de laboratorio para la que Talento Ciencia nos
presentó su candidatura.

Por motivos presupuestarios la posición ha quedado cancelada, por lo que no seguiremos adelante
con el proceso ni con su candidatura. Lamentamos las molestias, en particular después de la
confusión con la primera llamada.

Reciba un cordial saludo,

Jordi Ferrer
Director Técnico
Laboratorios Montjuïc Control
""",
    },
]
