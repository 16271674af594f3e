"""Interview invitations for the final corpus: scheduling links, phone screens, panels, ICS parts."""

from make_final import ME, Spec, ics, q_es, q_fr, q_gmail, q_outlook

K = "interview_invitation"

SPECS = [
    Spec(
        K, "calendly_hm_casual", "en", ("Priya Nandakumar", "priya@quillstack.example.io"),
        "Quick chat?", date="2026-02-04T10:02-08:00", company="Quillstack", contact="priya@quillstack.example.io",
        fmt="alt", layout=2,
        text="""Hi Robin,

I lead the platform team at Quillstack and your application landed on my desk - the Kafka migration story in your CV caught my eye. Would you be free for a quick 30 min chat sometime this week or next?

Grab whatever works here: https://calendly.com/priya-quillstack/30min

Cheers,
Priya
""",
    ),
    Spec(
        K, "goodtime_panel", "en", ("Harborview Analytics Recruiting", "scheduling@goodtime.example.io"),
        "Action required: select your interview times with Harborview Analytics", date="2026-02-10T15:30+00:00",
        company="Harborview Analytics", reply_to=("Dana Kessler", "dana.kessler@harborview.example.com"),
        contact="dana.kessler@harborview.example.com", fmt="html", layout=0,
        text="""Hi Robin,

Congratulations! The Harborview Analytics team would like to invite you to the final round for Senior Analytics Engineer. This is a virtual panel of four 45-minute sessions (SQL live exercise, data modelling, behavioural, and a conversation with the VP Data).

Please choose your availability using the link below within 48 hours:

https://app.goodtime.example.io/availability/hv-7f21c

If none of the times work, just reply to this email and Dana will help.

Harborview Analytics Talent Team
""",
    ),
    Spec(
        K, "phone_screen_agency", "en", ("Kelsey Moran", "kelsey@brightsidetalent.example.com"),
        "Phone screen with Olive & Ash - Thurs?", date="2026-01-13T09:44-05:00", company="Olive & Ash",
        contact="kelsey@brightsidetalent.example.com",
        text="""Hi Robin!!

Great news - Olive & Ash LOVED your resume and want to set up a phone screen with their Director of Ecommerce!! Are you free Thursday between 1-4pm EST? It'll be about 20-25 mins, super casual, mostly about your Shopify Plus work.

Let me know ASAP and I'll lock it in!!

Kelsey Moran
Senior Recruiter | Brightside Talent
(404) 555-0193
""",
    ),
    Spec(
        K, "next_stage_onsite_ics", "en", ("Rafael Okonkwo", "rafael.okonkwo@meridianhealth.example.org"),
        "Interview - Data Platform Lead - Meridian Health", date="2026-02-18T11:20-06:00", company="Meridian Health",
        contact="rafael.okonkwo@meridianhealth.example.org", fmt="alt", layout=1,
        ics=ics("meridian-dpl-onsite-0226@meridianhealth.example.org", "2026-02-26T09:00", 240,
                "Onsite interview: Robin Okafor - Data Platform Lead", ("Rafael Okonkwo", "rafael.okonkwo@meridianhealth.example.org"),
                location="Meridian Health, 400 Lakeshore Dr, Conf Room 5B", tzid="America/Chicago"),
        text="""Hello Robin,

We'd love to move you to the next stage! Please see the attached calendar invitation for your onsite interview on Thursday, February 26 from 9:00 AM to 1:00 PM CT at our Lakeshore campus.

You'll meet with the Director of Data Engineering, two senior engineers and someone from our clinical informatics group. Lunch is provided. Please bring a photo ID for the front desk.

Rafael Okonkwo
Talent Acquisition Partner
Meridian Health | Office 312-555-0110
""",
    ),
    Spec(
        K, "ashby_self_schedule", "en", ("Loop & Lattice", "no-reply@ashbyhq.example.com"),
        "Schedule your technical interview with Loop & Lattice", date="2026-03-03T18:45+00:00",
        company="Loop & Lattice", fmt="alt",
        text="""Hi Robin,

Thanks for chatting with us! We're excited to invite you to the next round: a 60-minute technical interview (pair programming in TypeScript) with one of our engineers.

Please pick a time that works for you: https://jobs.ashbyhq.example.com/loop-and-lattice/schedule/0b7c

This message was sent from an unmonitored address. Questions? Contact talent@loopandlattice.example.com.
""",
    ),
    Spec(
        K, "indian_english_f2f", "en", ("HR - Kaveri Technologies", "hr.recruit@kaveritech.example.in"),
        "Interview Call Letter - Sr. DevOps Engineer", date="2026-01-22T12:05+05:30", company="Kaveri Technologies",
        reply_to=("Suresh Iyer", "suresh.iyer@kaveritech.example.in"), contact="suresh.iyer@kaveritech.example.in",
        text="""Dear Robin,

Greetings of the day!

With reference to your application, we are pleased to inform you that you have been shortlisted for the technical round of interview for the position of Sr. DevOps Engineer.

Date: 29-Jan-2026 (Thursday)
Time: 11:00 AM IST
Mode: MS Teams (link will be shared one day prior)

Kindly confirm your availability at the earliest and do revert with your updated CV and current CTC details.

Thanks & Regards,
Suresh Iyer
HR Executive - Talent Acquisition
Kaveri Technologies Pvt Ltd, Bengaluru
Mob: +91 98450 55501
""",
    ),
    Spec(
        K, "teamtailor_video", "en", ("Fjordline Energy", "noreply@mail.teamtailor.example.com"),
        "Next step in your application at Fjordline Energy", date="2026-02-06T08:15+01:00", company="Fjordline Energy",
        fmt="html", layout=0,
        text="""Hi Robin,

Thank you for your application for the position as Energy Trading Analyst! We have reviewed your profile and would like to invite you to a first video interview with our hiring manager Ingrid Solberg.

Please book a 45 minute slot in the calendar here: https://fjordline.teamtailor.example.com/meetings/ab12-robin

Looking forward to meeting you!

Best regards,
Fjordline Energy
""",
    ),
    Spec(
        K, "uk_second_interview", "en", ("Oliver Price", "oliver.price@kestrelhomes.example.co.uk"),
        "Second interview", date="2026-03-10T14:48+00:00", company="Kestrel Homes",
        contact="oliver.price@kestrelhomes.example.co.uk", fmt="alt", layout=1,
        text="""Dear Robin,

Thank you for coming in on Friday. I'm pleased to say we'd like to invite you back for a second interview with our Finance Director, Claire Whitby, and myself.

Would Wednesday 18th March at 2.30pm suit? It will last around an hour and will include a short presentation (10 minutes) on how you would approach the first 90 days in the role.

Do let me know if that time isn't convenient and we'll find an alternative.

Kind regards,

Oliver Price
Head of Financial Planning
Kestrel Homes Ltd
Registered in England & Wales No. 04455120. Registered office: Kestrel House, Northampton.
""",
    ),
    Spec(
        K, "terse_cto_mobile", "en", ("Mo Haddad", "mo@sparrowpay.example.com"),
        "Re: Intro", date="2026-01-31T22:10-05:00", company="Sparrowpay", contact="mo@sparrowpay.example.com",
        text="""Robin - thx for the intro. Can you do a call tues 10am ET? I'll send a zoom. If not pls suggest times

Mo
Sent from my iPhone

""" + q_gmail(("Ellen Park", "ellen@parkventures.example.com"), "Fri, Jan 30, 2026 at 4:15 PM",
              "Mo, meet Robin - strong payments engineer, looking for his next thing. Robin, meet Mo, CTO at Sparrowpay. I'll let you two take it from here!\nEllen"),
    ),
    Spec(
        K, "workday_assessment_center", "en", ("Coastline Supermarkets", "coastline@myworkday.example.com"),
        "Invitation: Assessment Centre - Graduate Area Manager (experienced hire)", date="2026-02-20T06:00+00:00",
        company="Coastline Supermarkets", fmt="html",
        html="""<html><body><table width="100%"><tr><td style="font-family:Verdana;font-size:9pt">
Dear Robin,<br><br>We are delighted to invite you to attend our Assessment Centre for the Area Manager programme.<br><br>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:9pt"><tr><td><b>Date</b></td><td>Tuesday 3 March 2026</td></tr>
<tr><td><b>Time</b></td><td>09:30 - 15:00</td></tr><tr><td><b>Venue</b></td><td>Coastline Support Centre, Bristol BS1</td></tr></table><br>
Please confirm your attendance by selecting a response in your candidate home page on Workday.<br><br>Coastline Supermarkets Resourcing Team<br>
<font size="1" color="gray">This mailbox is not monitored.</font></td></tr></table></body></html>""",
        text="",
    ),
    Spec(
        K, "university_panel_interview", "en", ("Dr Aisling Byrne", "a.byrne@lirbay.example.ac.ie"),
        "Interview - Data Steward post (Library Services)", date="2026-03-05T16:22+00:00", company="University of Lirbay",
        contact="a.byrne@lirbay.example.ac.ie", cc=(("HR Recruitment", "recruitment@lirbay.example.ac.ie"),),
        text="""Dear Robin,

Further to your application for the post of Data Steward, I am pleased to invite you to interview.

The interview will take place on Monday 16 March at 11.00 in Room 2.14, James Joyce Library, and will be conducted by a panel of three. You will be asked to give a ten-minute presentation on "Making research data FAIR in a mid-sized university".

Please confirm by return whether you are able to attend, and let us know if you require any reasonable adjustments.

Best wishes,
Dr Aisling Byrne
Head of Research Data Services
University of Lirbay
""",
    ),
    Spec(
        K, "outlook_fw_coordinator", "en", ("Nadia Farouk", "nadia.farouk@tessellate.example.com"),
        "FW: Robin O. - loop", date="2026-02-23T13:37-08:00", company="Tessellate", contact="nadia.farouk@tessellate.example.com",
        fmt="alt", layout=1,
        text="""Hi Robin,

Forwarding Greg's note below - he'd like to get you in for the final loop. Could you send me 3-4 windows next week (Tue-Thu) when you have 3 hours free? I'll coordinate with the panel.

Thanks!
Nadia Farouk | Recruiting Coordinator | Tessellate

""" + q_outlook(("Greg Lindqvist", "greg.l@tessellate.example.com"), ("Nadia Farouk", "nadia.farouk@tessellate.example.com"),
                "Monday, February 23, 2026 11:02 AM", "Robin O. - loop",
                "Nadia - Robin crushed the system design screen. Let's get him in for the full loop asap.\nG"),
    ),
    Spec(
        K, "google_meet_ics_only_body", "en", ("Ines Carvalho", "ines.carvalho@verdant.example.com"),
        "Invitation: Robin / Ines - intro call @ Wed Mar 4, 2026 3pm - 3:30pm (GMT)", date="2026-03-01T12:00+00:00",
        company="Verdant", contact="ines.carvalho@verdant.example.com", fmt="alt",
        ics=ics("7kq2v1r0c9@google.example.com", "2026-03-04T15:00+00:00", 30, "Robin / Ines - intro call",
                ("Ines Carvalho", "ines.carvalho@verdant.example.com"), location="https://meet.example.com/xyz-abcd-efg"),
        text="""You have been invited to the following event.

Robin / Ines - intro call
Wednesday Mar 4, 2026 3pm - 3:30pm (Greenwich Mean Time)

Joining info: https://meet.example.com/xyz-abcd-efg

Organizer: Ines Carvalho, Talent, Verdant
Description: Hi Robin, looking forward to our first conversation about the Sustainability Data Analyst role at Verdant!

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    ),
    Spec(
        K, "italian_english_colloquio", "en", ("Marco Bellini", "m.bellini@ferrovie-dati.example.it"),
        "Interview for the position", date="2026-01-27T09:50+01:00", company="Ferrodati", contact="m.bellini@ferrovie-dati.example.it",
        text="""Good morning Robin,

following your application for the position of Cloud Architect, we would be glad to meet you for a first interview in video call.

Are you available in one of the following days: Monday 2 February at 10:00, or Tuesday 3 February at 15:00 (Italian time)? The interview will last about 45 minutes with me and our CTO.

Waiting for your kind feedback.

Best regards
Marco Bellini
Talent Acquisition - Ferrodati S.p.A.
""",
    ),
    Spec(
        K, "icims_hirevue", "en", ("Brookfield Regional Hospital", "brookfieldregional@talent.icims.example.com"),
        "Brookfield Regional Hospital - Next Steps: Virtual Interview", date="2026-02-13T17:00-05:00",
        company="Brookfield Regional Hospital", fmt="html", layout=0,
        text="""Dear Robin,

Thank you for your interest in the Clinical Data Analyst II position. We would like to invite you to complete a one-way virtual interview as the next step in our selection process.

Please complete your interview within 5 days: https://brookfield.icims.example.com/jobs/88341/interview

The interview consists of 5 questions; you will have up to 3 minutes to answer each.

Sincerely,
Talent Acquisition, Brookfield Regional Hospital
""",
    ),
    # --- German ---
    Spec(
        K, "de_einladung_formal", "de", ("Katharina Vogt", "k.vogt@elbtal-versicherung.example.de"),
        "Einladung zum Vorstellungsgespräch – Data Scientist (w/m/d)", date="2026-02-12T11:30+01:00",
        company="Elbtal Versicherung", contact="k.vogt@elbtal-versicherung.example.de", fmt="alt", layout=1,
        ics=ics("elbtal-ds-0224-okafor@elbtal-versicherung.example.de", "2026-02-24T14:00", 60,
                "Vorstellungsgespräch Robin Okafor", ("Katharina Vogt", "k.vogt@elbtal-versicherung.example.de"),
                location="Elbtal Versicherung, Raum 3.07", tzid="Europe/Berlin"),
        text="""Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, den 24. Februar 2026, um 14:00 Uhr in unsere Zentrale in Dresden ein. Gesprächspartner sind Herr Dr. Lorenz (Leiter Analytics) und ich. Eine Kalendereinladung finden Sie im Anhang.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katharina Vogt
Personalreferentin
Elbtal Versicherung AG · Tel. 0351 555 7720
""",
    ),
    Spec(
        K, "de_agentur_du", "de", ("Timo Schäfer", "timo.schaefer@hansetalent.example.de"),
        "Kurzes Telefonat mit Nordlicht Media?", date="2026-03-02T08:55+01:00", company="Nordlicht Media",
        contact="timo.schaefer@hansetalent.example.de", encode_names=True,
        text="""Moin Robin,

gute Nachrichten: Nordlicht Media würde gern mit dir ein erstes Kennenlernen machen, ca. 30 Min per Teams mit der Teamleitung Produkt. Hättest du Donnerstag oder Freitag Vormittag Zeit?

Gib mir einfach kurz Bescheid, dann mach ich den Termin fest.

Beste Grüße
Timo

Timo Schäfer | Senior Personalberater
HanseTalent GmbH | 040 555 19 82
""",
    ),
    Spec(
        K, "de_zweite_runde", "de", ("Sophie Lindner", "sophie.lindner@bergwerk-studio.example.de"),
        "Re: Gespräch letzte Woche", date="2026-01-23T16:40+01:00", company="Bergwerk Studio",
        contact="sophie.lindner@bergwerk-studio.example.de",
        text="""Hallo Robin,

wir würden dich gern in die nächste Runde einladen! Geplant ist ein Fachgespräch vor Ort in Leipzig mit zwei Entwicklern aus dem Team, ca. 2 Stunden inkl. kleiner Live-Coding-Aufgabe.

Buch dir einfach einen Termin über diesen Link: https://cal.example.com/bergwerk/fachgespraech

Bis bald!
Sophie
""",
    ),
    Spec(
        K, "de_successfactors", "de", ("Rheinwerk Chemie AG - Recruiting", "recruiting-noreply@successfactors.example.eu"),
        "Terminvereinbarung Auswahlgespräch", date="2026-02-26T07:00+01:00", company="Rheinwerk Chemie",
        fmt="html", layout=0, charset="iso-8859-1",
        text="""Guten Tag Herr Okafor,

wir freuen uns, Ihnen mitteilen zu können, dass Sie für ein Auswahlgespräch für die Position Prozessingenieur Digitalisierung (Req ID 50214) vorgesehen sind.

Bitte wählen Sie über das Interview-Scheduling in Ihrem Bewerberprofil einen der angebotenen Termine aus: https://career.successfactors.example.eu/rheinwerk

Mit freundlichen Grüßen
Ihr Recruiting Team
Rheinwerk Chemie AG
""",
    ),
    # --- French ---
    Spec(
        K, "fr_entretien_visio", "fr", ("Élodie Garnier", "elodie.garnier@horizon-mutuelle.example.fr"),
        "Entretien – Analyste BI", date="2026-02-03T14:20+01:00", company="Horizon Mutuelle",
        contact="elodie.garnier@horizon-mutuelle.example.fr", fmt="alt", layout=1,
        text="""Bonjour Robin,

Suite à votre candidature pour le poste d'Analyste BI, j'ai le plaisir de vous proposer un premier entretien en visioconférence avec Mme Lefèbvre, responsable du pôle Data.

Seriez-vous disponible jeudi 12 février à 10h30 ou vendredi 13 février à 14h ?

Dans l'attente de votre retour, je vous souhaite une bonne journée.

Élodie Garnier
Chargée de recrutement
Horizon Mutuelle – 02 40 55 12 87
""",
    ),
    Spec(
        K, "fr_welcome_jungle_style_rh", "fr", ("Thomas de Saint-Aubin", "thomas@lavande-robotique.example.fr"),
        "Re: Candidature Développeur embarqué", date="2026-03-09T19:05+01:00", company="Lavande Robotique",
        contact="thomas@lavande-robotique.example.fr",
        text="""Hello Robin,

Ton profil nous plaît beaucoup ! On aimerait te proposer de passer la prochaine étape : un entretien technique d'1h avec Hugo, notre lead firmware, puis un échange avec moi.

Tu peux réserver un créneau directement ici : https://calendly.com/lavande-robotique/entretien-technique

À très vite,
Thomas

""" + q_fr(ME, "lun. 9 mars 2026 à 09:12", "Bonjour Thomas,\nje me permets de relancer au sujet de ma candidature.\nBien à toi,\nRobin"),
    ),
    Spec(
        K, "fr_entretien_final_siege", "fr", ("Direction des Ressources Humaines", "drh@banque-armorique.example.fr"),
        "Convocation à un entretien", date="2026-01-16T10:00+01:00", company="Banque d'Armorique",
        reply_to=("Anne Le Goff", "anne.legoff@banque-armorique.example.fr"), contact="anne.legoff@banque-armorique.example.fr",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Monsieur,

Nous avons le plaisir de vous convier à un entretien final pour le poste de Responsable Conformité Digitale, le mardi 27 janvier 2026 à 9h30, au siège de la Banque d'Armorique, 12 quai de la Fosse, Nantes.

Vous rencontrerez le Directeur de la Conformité ainsi que la Directrice des Ressources Humaines. Merci de vous présenter muni d'une pièce d'identité.

Nous vous remercions de bien vouloir confirmer votre présence en répondant à ce message.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Anne Le Goff
Direction des Ressources Humaines
""",
    ),
    # --- Spanish ---
    Spec(
        K, "es_entrevista_telefonica", "es", ("Carmen Ortega", "carmen.ortega@logisur.example.es"),
        "Entrevista telefónica - Responsable de Operaciones", date="2026-02-09T09:30+01:00", company="Logisur",
        contact="carmen.ortega@logisur.example.es", fmt="alt", layout=2,
        text="""Hola Robin,

Hemos revisado tu candidatura para Responsable de Operaciones y nos gustaría tener una primera entrevista telefónica contigo de unos 20 minutos.

¿Te vendría bien el miércoles 11 a las 12:00 o el jueves 12 a las 17:00?

Quedo a la espera de tu respuesta.

Un saludo,
Carmen Ortega
Talento y Cultura - Logisur
""",
    ),
    Spec(
        K, "es_argentina_segunda_instancia", "es", ("Federico Paz", "fpaz@mercadoandino.example.com.ar"),
        "Re: Postulación Data Engineer", date="2026-03-12T15:45-03:00", company="Mercado Andino",
        contact="fpaz@mercadoandino.example.com.ar",
        text="""Hola Robin, ¿cómo andás?

Te cuento que pasaste a la segunda instancia del proceso. La idea es hacer una entrevista técnica con el equipo de datos (1 hora, por Meet). ¿Tenés disponibilidad el lunes 16 o martes 17 después de las 14 hs (hora Argentina)?

Abrazo,
Fede
People Team - Mercado Andino

""" + q_es(ME, "mié, 11 mar 2026 a las 10:02", "Hola Federico,\nte escribo para saber si hay novedades sobre el proceso.\nSaludos,\nRobin"),
    ),
    Spec(
        K, "es_panel_presencial", "es", ("Selección - Ayuntamiento de Valdeluz", "seleccion@valdeluz.example.es"),
        "Citación a entrevista - Técnico/a de Transformación Digital", date="2026-01-29T12:00+01:00",
        company="Ayuntamiento de Valdeluz", reply_to=("Javier Romero", "jromero@valdeluz.example.es"),
        contact="jromero@valdeluz.example.es", fmt="html", layout=1, charset="windows-1252",
        text="""Estimado/a candidato/a:

Por la presente se le cita a la entrevista personal correspondiente al proceso selectivo de Técnico/a de Transformación Digital, que tendrá lugar el día 10 de febrero de 2026 a las 10:00 horas en la Sala de Juntas de la Casa Consistorial.

Deberá acudir provisto/a de DNI. La entrevista será realizada por el tribunal calificador.

Atentamente,
Javier Romero
Servicio de Recursos Humanos
""",
    ),
]
