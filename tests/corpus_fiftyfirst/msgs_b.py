"""Interview invitations (25), reschedules/cancellations (15) and missed-interview notices (10)."""

from make_fiftyfirst import Msg, Quote

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"
ME_Q = "Aoife Brennan-Kowalski <aoife.bk@example.ie>"

MSGS = [
    Msg(INV, "calendly_phone_screen", "en", "Tidewater Learning", "grace@tidewaterlearning.example.com",
        "Grace Holloway <grace@tidewaterlearning.example.com>", "Quick chat?",
        """Hi Aoife,

Thanks for applying for the Instructional Designer role - your background in primary teaching is exactly the kind of learner empathy we're after.

Would you be free for a quick 20-min phone screen this week or next? Grab whatever slot suits here: https://calendly.com/grace-tidewater/20min

Grace
Talent @ Tidewater Learning | Boston, MA"""),
    Msg(INV, "goodtime_panel", "en", "Verdant Health", "",
        "Verdant Health Recruiting <scheduling@goodtime.io>",
        "Action needed: choose your interview times with Verdant Health",
        """Hi Aoife,

Congratulations - the hiring team would like to move you forward to a panel interview for Clinical Education Designer.

The panel is 3 x 45 minute conversations with:
- Dana Reyes, Director of Clinical Education
- Owen Pike, Senior Instructional Designer
- A member of the People team

Please select your availability using the link below within 48 hours:
https://app.goodtime.io/availability/8f2b1c?candidate=ab2291

If you need any accommodations, reply to your recruiter, Sam Whitfield (sam.whitfield@verdanthealth.example.com).

Verdant Health Talent Acquisition""",
        fmt="alt", brand="Verdant Health"),
    Msg(INV, "ashby_next_stage", "en", "Loomwise", "priya@loomwise.example.com",
        "Priya Raman <priya@loomwise.example.com>", "Next steps - Customer Education at Loomwise",
        """Hi Aoife,

Thanks for your time yesterday! We'd love to move you to the next stage, which is a 60 minute portfolio review with Jonah (our Head of Education) and Fiona from Product.

You'll walk us through one or two pieces of work of your choice - a lesson sequence from teaching is completely fine. Please pick a time here: https://jobs.ashbyhq.com/loomwise/schedule/5c1e

Shout if you have any questions.

Priya
Recruiting, Loomwise""",
        reply_to="Priya Raman <priya@loomwise.example.com>"),
    Msg(INV, "teams_ics_competency", "en", "Dublin City Education and Training Board", "appointments@dcetb.example.ie",
        "Appointments Unit <appointments@dcetb.example.ie>",
        "Invitation to Interview - Education Officer (Digital Learning) - Ref DL/26/03",
        """Dear Ms Brennan-Kowalski,

I am pleased to inform you that you have been shortlisted for interview for the above post.

Date: as per the attached calendar invitation
Format: Competency-based interview via Microsoft Teams (approx. 40 minutes)

The competencies to be assessed are: Planning & Organising, Communication, Teamwork and Specialist Knowledge. You will also be asked to give a 5 minute presentation on "Supporting teachers to use digital tools in the classroom".

Please confirm your attendance by reply to this email. Please note that successful candidates will be subject to Garda vetting.

Yours sincerely,

Aisling Doyle
Appointments Unit
Dublin City Education and Training Board""",
        ics={"summary": "Interview - Education Officer (Digital Learning)", "days": 9, "hour": 10, "minutes": 40}),
    Msg(INV, "agency_exclaim", "en", "Greyfriars Bank", "kerry@blackthornpeople.example.co.uk",
        "Kerry Dunne <kerry@blackthornpeople.example.co.uk>", "GREAT NEWS!!",
        """Hi Aoife!!!

Great news - Greyfriars Bank want to meet you for the Learning Experience Designer role!! First stage is a 45 min video interview with the L&D Manager, Rob Clarke.

They've offered:
- Tues 3rd at 11:00
- Wed 4th at 14:30

Let me know which works and I'll lock it in! We'll have a prep call before, I've got loads of tips on what Rob likes to ask.

So excited for you!!

Kerry
Kerry Dunne | Principal Consultant
Blackthorn People | Manchester | 0161 555 0137"""),
    Msg(INV, "hm_casual_mobile", "en", "Fernhill Museum", "o.lynch@fernhillmuseum.example.ie",
        "Orla Lynch <o.lynch@fernhillmuseum.example.ie>", "Learning officer",
        """Aoife - loved your application. Could you come in to the museum next Friday morning to meet myself and Declan? Nothing too formal, maybe an hour, and we'll walk through the schools programme. Let me know if 10 suits.

Orla

Sent from my iPhone"""),
    Msg(INV, "greenhouse_tech", "en", "Parabola Labs", "",
        "Parabola Labs <no-reply@greenhouse.io>",
        "Interview confirmation: Parabola Labs - Learning Engineer",
        """Hi Aoife,

Your interview for Learning Engineer at Parabola Labs has been scheduled.

Interview: Technical conversation (authoring tools, SCORM/xAPI, LMS integrations)
Interviewers: Kai Brenner, Lena Osei
Duration: 60 minutes
Location: Google Meet - https://meet.google.com/abc-defg-hij

The calendar invitation is attached. If you need to reschedule, please contact your recruiter directly.

Best,
Parabola Labs Recruiting""",
        fmt="alt", ics={"summary": "Parabola Labs - Learning Engineer - Technical interview", "days": 6, "hour": 15, "minutes": 60, "location": "Google Meet"},
        brand="Parabola Labs"),
    Msg(INV, "workable_video", "en", "Harbourline Hotels", "",
        "Harbourline Hotels <noreply@workablemail.com>",
        "Harbourline Hotels - Video interview invitation",
        """Hello Aoife,

Thank you for applying to the Training & Development Coordinator position.

We would like to invite you to complete a one-way video interview. You will be asked 5 questions and will have 2 minutes to answer each one. Please complete it within 5 days:

https://apply.workable.com/harbourline/video/9931

Good luck!
Harbourline Hotels HR""",
        fmt="html", brand="Harbourline Hotels"),
    Msg(INV, "university_onsite_uk", "en", "University of Calderbridge", "p.asante@calderbridge.example.ac.uk",
        "Patrick Asante <p.asante@calderbridge.example.ac.uk>", "Interview - Learning Technologist (ref 04112)",
        """Dear Aoife,

Thank you for your application for the post of Learning Technologist. I am delighted to invite you to interview on Wednesday 10 June at 13:30 at the Library Building, Calderbridge campus.

The selection process will consist of:
1. A 10-minute presentation: "How would you support academics to design an accessible online module?"
2. A panel interview (45 minutes)

Travel expenses within the UK will be reimbursed. Please confirm your attendance and let me know of any reasonable adjustments you require.

Kind regards,

Patrick Asante
Resourcing Adviser
University of Calderbridge
Tel: 01632 960 411

This email and any files transmitted with it are confidential. If you have received it in error please notify the sender.""",
        when="2026-05-27 09:14"),
    Msg(INV, "lever_reply_to_human", "en", "Cobalt Stories", "megan.ash@cobaltstories.example.com",
        "Cobalt Stories <no-reply@hire.lever.co>", "Interview with Cobalt Stories",
        """Hi Aoife,

Megan here from Cobalt Stories. We enjoyed reading your application for Education Content Producer and would like to set up a 30 minute video call to get to know you.

Could you reply with a few times that work for you next week (UK time)?

Cheers,
Megan Ash
Talent Partner, Cobalt Stories""",
        reply_to="Megan Ash <megan.ash@cobaltstories.example.com>", fmt="alt", brand="Cobalt Stories"),
    Msg(INV, "japanese_owner", "en", "Sakura EdTech Europe", "h.tanaka@sakuraedtech.example.com",
        "Hiroshi Tanaka <h.tanaka@sakuraedtech.example.com>", "Interview arrangement - Customer Success (Education)",
        """Dear Ms. Brennan-Kowalski,

Thank you very much for your application to Sakura EdTech Europe.

We are pleased to invite you to the first interview with our Amsterdam office. The interview will be conducted online (Zoom) with myself and Ms. Yamamoto from the Tokyo headquarters, who will join by interpreter if needed.

Could you kindly let us know your availability among the following candidate times (CET)?
 - 12 March 10:00-11:00
 - 12 March 15:00-16:00
 - 13 March 09:00-10:00

We apologise for the early morning times due to the time difference with Japan.

Best regards,
Hiroshi Tanaka
HR Section, Sakura EdTech Europe B.V.""",
        when="2026-03-04 07:42"),
    Msg(INV, "outlook_chain_second_round", "en", "Glasshouse Training", "d.kerr@glasshousetraining.example.co.uk",
        "Dylan Kerr <d.kerr@glasshousetraining.example.co.uk>", "RE: Senior Trainer application",
        """Hi Aoife

Thanks for the call earlier. As discussed, we'd like you to come to our Edinburgh office for the final stage, a 20 min sample training session to three of the team followed by a chat with our MD. Are you free on the 22nd, any time after 10?

Dylan""",
        reply=True,
        quotes=[Quote(ME_Q, "Hi Dylan,\n\nThank you - Thursday at 4pm is perfect for the call.\n\nKind regards,\nAoife",
                      style="outlook", subject="Senior Trainer application", days_before=2),
                Quote("Dylan Kerr <d.kerr@glasshousetraining.example.co.uk>",
                      "Hi Aoife,\n\nThanks for applying. Have you got 15 mins on Thursday for a call?\n\nDylan Kerr\nOperations Manager\nGlasshouse Training Ltd",
                      style="outlook", subject="Senior Trainer application", days_before=5)]),
    Msg(INV, "toronto_ats_selfschedule", "en", "Maple Grove District School Board", "",
        "Maple Grove DSB <do-not-reply@applytoeducation.example.com>",
        "Interview Request: Digital Learning Resource Teacher",
        """Dear Aoife Brennan-Kowalski,

You have received an interview request from Maple Grove District School Board for the position: Digital Learning Resource Teacher (Posting #2026-117).

Please log in to your account to select an interview time. Interview slots are allocated on a first-come, first-served basis.

Log in: https://www.applytoeducation.example.com/login

Note: this is an automated message.""",
        fmt="html", brand="ApplyToEducation"),
    Msg(INV, "charity_competency_ics", "en", "Harbour Lights Foundation", "jobs@harbourlights.example.org",
        "Harbour Lights Foundation <jobs@harbourlights.example.org>", "Interview invitation: Education Programme Manager",
        """Dear Aoife,

Thank you for applying for the Education Programme Manager role. We are pleased to invite you to an interview at our Galway office, Merchants Road.

The interview will be competency based and will last around an hour. Please also prepare a short (10 minute) presentation on how you would evaluate the impact of our after-school literacy clubs.

A calendar invite is attached. Please reply to confirm.

Best wishes,
Sinéad Fahy
HR & Operations Manager""",
        fmt="alt", ics={"summary": "Interview - Education Programme Manager (Aoife Brennan-Kowalski)", "days": 8, "hour": 11, "minutes": 60, "location": "Harbour Lights Foundation, Merchants Road, Galway"},
        brand="Harbour Lights Foundation"),
    Msg(INV, "de_einladung_formal", "de", "Deutsche Lernwerk Stiftung", "a.schroeder@lernwerk-stiftung.example.de",
        "Anja Schröder <a.schroeder@lernwerk-stiftung.example.de>", "Einladung zum Vorstellungsgespräch",
        """Sehr geehrte Frau Brennan-Kowalski,

vielen Dank für Ihre Bewerbung als Bildungsreferentin (w/m/d) im Bereich digitale Bildung.

Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Dienstag, den 16. Juni 2026, um 10:30 Uhr in unsere Geschäftsstelle in der Friedrichstraße 112, 10117 Berlin einzuladen. Das Gespräch wird etwa 60 Minuten dauern. Bitte bereiten Sie eine kurze Präsentation (10 Minuten) zu einem Lernmodul Ihrer Wahl vor.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Anja Schröder
Referentin Personal
Deutsche Lernwerk Stiftung""",
        when="2026-06-02 13:05", cte="quoted-printable"),
    Msg(INV, "de_recruiter_du", "de", "Kursfabrik", "jan@kursfabrik.example.de",
        "Jan Albers <jan@kursfabrik.example.de>", "Kurzer Call?",
        """Hey Aoife,

danke für Deine Bewerbung als Learning Experience Designerin! Wir würden Dich gerne in einem ersten Video-Call (30 Min) kennenlernen. Such Dir einfach einen Slot aus: https://calendly.com/jan-kursfabrik/kennenlernen

Bis bald!
Jan
Talent Acquisition @ Kursfabrik"""),
    Msg(INV, "de_zweite_runde", "de", "Helix Pharma", "",
        "Helix Pharma Karriere <karriere@successfactors.eu>",
        "Einladung zur zweiten Runde – Trainer:in Digital Learning (Job-ID 48213)",
        """Guten Tag Frau Brennan-Kowalski,

wir freuen uns Ihnen mitteilen zu können, dass Sie die nächste Runde im Auswahlverfahren erreicht haben.

Wir laden Sie herzlich zu einem Fachgespräch mit dem Team Global Learning ein. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://career5.successfactors.eu/sfcareer/interviewscheduling?company=helixpharma

Mit freundlichen Grüßen
Ihr Recruiting-Team der Helix Pharma GmbH

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.""",
        fmt="alt", brand="Helix Pharma"),
    Msg(INV, "de_telefoninterview_chain", "de", "Verlag Brenner & Söhne", "lena.hoff@brenner-verlag.example.de",
        "Lena Hoff <lena.hoff@brenner-verlag.example.de>", "AW: Bewerbung Digitale Produktentwicklung Bildung",
        """Liebe Frau Brennan-Kowalski,

danke für Ihre schnelle Antwort. Dann halten wir Donnerstag, 14 Uhr fest – ich rufe Sie unter der +353 Nummer aus Ihrem Lebenslauf an. Das Telefoninterview dauert ca. 30 Minuten.

Herzliche Grüße
Lena Hoff
Personalreferentin | Verlag Brenner & Söhne""",
        reply=True,
        quotes=[Quote(ME_Q, "Liebe Frau Hoff,\n\nDonnerstag um 14 Uhr passt mir sehr gut.\n\nViele Grüße\nAoife Brennan-Kowalski", style="de", days_before=1)]),
    Msg(INV, "fr_entretien_visio", "fr", "Savoirs & Co", "camille.petit@savoirsetco.example.fr",
        "Camille Petit <camille.petit@savoirsetco.example.fr>", "Votre candidature – entretien",
        """Bonjour Aoife,

Votre profil a retenu toute notre attention pour le poste de Conceptrice pédagogique multimodale.

Seriez-vous disponible pour un premier entretien en visio de 45 minutes la semaine prochaine ? Je vous propose mardi 10h ou jeudi 14h30. Vous pouvez aussi réserver directement un créneau ici : https://calendly.com/savoirsetco/entretien

Bien cordialement,
Camille Petit
Talent Acquisition – Savoirs & Co"""),
    Msg(INV, "fr_welcometothejungle", "fr", "Klasseo", "",
        "Klasseo via Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Klasseo souhaite échanger avec vous",
        """Bonjour Aoife,

Bonne nouvelle ! L'équipe de Klasseo a étudié votre candidature au poste de Customer Success Manager – Éducation et souhaite organiser un premier échange téléphonique.

Choisissez votre créneau directement dans votre espace candidat :
https://www.welcometothejungle.com/fr/me/applications/8821

À bientôt,
L'équipe Welcome to the Jungle pour Klasseo""",
        fmt="html", brand="Welcome to the Jungle"),
    Msg(INV, "fr_jury_ics", "fr", "Région Auvergne-Rhône-Alpes", "recrutement.dsi@ara.example.fr",
        "Service Recrutement <recrutement.dsi@ara.example.fr>", "Convocation à un entretien – Chargé(e) de mission numérique éducatif",
        """Madame,

J'ai le plaisir de vous informer que votre candidature a été retenue pour le poste de Chargé(e) de mission numérique éducatif (réf. 2026-DSI-044).

Vous êtes convoquée à un entretien devant un jury, dont la date figure dans l'invitation ci-jointe, à l'Hôtel de Région, 1 esplanade François Mitterrand, 69002 Lyon. Une mise en situation écrite de 30 minutes précédera l'entretien.

Merci de bien vouloir confirmer votre présence par retour de mail.

Veuillez agréer, Madame, nos salutations distinguées.

Le service recrutement""",
        ics={"summary": "Entretien – Chargé(e) de mission numérique éducatif", "days": 12, "hour": 9, "minutes": 90, "location": "Hôtel de Région, Lyon"},
        charset="iso-8859-1", cte="quoted-printable"),
    Msg(INV, "fr_cabinet", "fr", "Banque Hérault", "julien.marchal@talentis-conseil.example.fr",
        "Julien Marchal <julien.marchal@talentis-conseil.example.fr>", "Suite de votre candidature",
        """Bonjour Aoife,

Suite à notre échange téléphonique, j'ai présenté votre profil à mon client, la Banque Hérault, pour le poste de Learning Designer. Ils souhaitent vous rencontrer !

Le premier entretien aurait lieu en visio avec la responsable de l'Université interne. Pouvez-vous me donner vos disponibilités pour la semaine du 20 ?

Belle journée,
Julien Marchal
Consultant senior – Talentis Conseil
06 55 50 12 34"""),
    Msg(INV, "es_entrevista", "es", "Editorial Santillana del Mar", "rrhh.seleccion@santillanadelmar.example.es",
        "Beatriz Luna <rrhh.seleccion@santillanadelmar.example.es>", "Entrevista - Editora de contenidos digitales",
        """Hola Aoife:

Gracias por tu interés en Editorial Santillana del Mar. Nos gustaría conocerte en una entrevista por videoconferencia para la posición de Editora de contenidos digitales.

¿Te vendría bien el miércoles 8 a las 11:00 (hora de Madrid)? Si no, indícanos dos o tres alternativas.

Un saludo,
Beatriz Luna
Selección de Personal"""),
    Msg(INV, "es_prueba_tecnica_chain", "es", "Formahub", "diego@formahub.example.es",
        "Diego Fernández <diego@formahub.example.es>", "Re: Candidatura Instructional Designer",
        """Hola Aoife,

¡Genial! Entonces te cuento los siguientes pasos: una segunda entrevista con Laura (CEO) y conmigo en la que presentarás un microlearning de 5 minutos sobre el tema que quieras. ¿Te va bien el viernes 17 a las 16:00?

Abrazo,
Diego""",
        reply=True,
        quotes=[Quote(ME_Q, "Hola Diego,\n\nMuchas gracias por la llamada de ayer, me encantó conocer el proyecto. Sigo muy interesada.\n\nUn saludo,\nAoife", style="es"),
                Quote("Diego Fernández <diego@formahub.example.es>", "Hola Aoife, ¿te viene bien una llamada rápida mañana a las 12?", style="es", days_before=3)]),
    Msg(INV, "es_teams_ics", "es", "Banco Cantábrico", "",
        "Banco Cantábrico <talento-noreply@bancocantabrico.example.es>",
        "Invitación: Entrevista Técnica de Formación Digital",
        """Estimada Aoife:

Te confirmamos la entrevista para la posición de Técnica de Formación Digital con el equipo de Desarrollo de Personas. Encontrarás los detalles en la convocatoria adjunta (Microsoft Teams).

Por favor, acepta la convocatoria para confirmar tu asistencia.

Atentamente,
Talento y Selección – Banco Cantábrico""",
        fmt="alt", ics={"summary": "Entrevista - Técnica de Formación Digital", "days": 4, "hour": 8, "minutes": 45}, brand="Banco Cantábrico"),

    # --- reschedules / cancellations by the employer
    Msg(RES, "move_time_casual", "en", "Tidewater Learning", "grace@tidewaterlearning.example.com",
        "Grace Holloway <grace@tidewaterlearning.example.com>", "Re: Quick chat?",
        """Hi Aoife - so sorry, something's come up on my end for tomorrow at 3. Any chance we could push to Thursday same time? If not just grab another slot on the calendly link.

Apologies!
Grace""", reply=True, parent="calendly_phone_screen"),
    Msg(RES, "ics_cancel_workday", "en", "Bank of Leinster", "",
        "Bank of Leinster Careers <bankofleinster@myworkday.com>",
        "Cancelled: Interview - Learning Designer (R-20417)",
        """Dear Aoife,

Your interview scheduled for the Learning Designer (R-20417) position has been cancelled. A member of the Talent Acquisition team will contact you if it is to be rescheduled.

Talent Acquisition Team
Bank of Leinster

This is a system generated email. Please do not reply.""",
        fmt="alt", ics={"summary": "Interview - Learning Designer (R-20417)", "days": 2, "hour": 13, "method": "CANCEL", "sequence": 1},
        brand="Bank of Leinster"),
    Msg(RES, "panel_member_sick", "en", "University of Calderbridge", "p.asante@calderbridge.example.ac.uk",
        "Patrick Asante <p.asante@calderbridge.example.ac.uk>", "Learning Technologist interview - change of date",
        """Dear Aoife,

I'm sorry to have to let you know that, due to the illness of a panel member, we need to postpone the interviews scheduled for Wednesday 10 June.

The new date is Tuesday 16 June; your slot would be 14:00 with the presentation first as before. Could you let me know whether you can still attend?

Apologies for any inconvenience caused.

Kind regards,
Patrick

Patrick Asante
Resourcing Adviser
University of Calderbridge""",
        when="2026-06-08 16:20"),
    Msg(RES, "agency_client_pulled", "en", "Greyfriars Bank", "kerry@blackthornpeople.example.co.uk",
        "Kerry Dunne <kerry@blackthornpeople.example.co.uk>", "Re: GREAT NEWS!!",
        """Hi Aoife,

Bit of a curveball I'm afraid - Rob at Greyfriars has had to cancel Tuesday's interview as he's been pulled onto an audit. He's really apologetic and wants to rebook for the week after, I'll come back to you with new times asap!

Kerry""", reply=True, parent="agency_exclaim"),
    Msg(RES, "outlook_updated_ics", "en", "Verdant Health", "sam.whitfield@verdanthealth.example.com",
        "Sam Whitfield <sam.whitfield@verdanthealth.example.com>",
        "Updated invitation: Panel interview - Clinical Education Designer",
        """Hi Aoife,

Dana has a clash so we've moved the panel 1 hour later - the updated invite is attached. Everything else stays the same. Let me know if the new time doesn't work.

Thanks,
Sam

Sam Whitfield
Senior Recruiter | Verdant Health""",
        ics={"summary": "Panel interview - Clinical Education Designer", "days": 3, "hour": 16, "minutes": 135, "sequence": 2}),
    Msg(RES, "postponed_hiring_freeze_interview", "en", "Marlin Digital", "ellie@marlindigital.example.com",
        "Ellie Sandoval <ellie@marlindigital.example.com>", "Following up",
        """Hi Aoife,

I'm reaching out about your interview on Monday. We've had to postpone all interviews for the Training Content Lead role for around two weeks while the team finalises next quarter's headcount. The role is still open and you're still very much in the process - I'll send new times as soon as I have them.

Thanks for bearing with us,
Ellie
Recruiting Coordinator, Marlin Digital"""),
    Msg(RES, "mobile_hm_runninglate", "en", "Fernhill Museum", "o.lynch@fernhillmuseum.example.ie",
        "Orla Lynch <o.lynch@fernhillmuseum.example.ie>", "Re: Learning officer",
        """Aoife so sorry, school group has been moved to Friday morning so can we do Monday 10am instead for our meeting? Same place. Apologies!!

O

Sent from my iPhone""", reply=True, parent="hm_casual_mobile"),
    Msg(RES, "cancel_role_withdrawn_before", "en", "Kinetic Retail Group", "hannah.lowe@kineticretail.example.co.uk",
        "Hannah Lowe <hannah.lowe@kineticretail.example.co.uk>", "Interview on 12th - cancelled",
        """Dear Aoife,

I'm writing to let you know that we need to cancel your interview on the 12th for the Retail Academy Trainer position. We'd like to rearrange it for later in the month once our Head of Learning is back from leave - I'll be in touch with a couple of options next week.

Sorry for the short notice.

Regards,
Hannah Lowe
Resourcing Partner
Kinetic Retail Group plc"""),
    Msg(RES, "australian_swap", "en", "Wattle & Co Learning", "bec@wattleco.example.com.au",
        "Bec Harding <bec@wattleco.example.com.au>", "Quick one re Wednesday",
        """Hey Aoife,

Hope you're well! Quick one - any chance we could shift our chat on Wednesday to Thursday arvo your time (say 4:30pm Dublin)? Our CEO wants to jump on too and she's flying Wednesday. No worries if not, we'll make it work.

Cheers,
Bec
People & Culture | Wattle & Co Learning | Melbourne"""),
    Msg(RES, "de_verschiebung", "de", "Deutsche Lernwerk Stiftung", "a.schroeder@lernwerk-stiftung.example.de",
        "Anja Schröder <a.schroeder@lernwerk-stiftung.example.de>", "Verschiebung Ihres Vorstellungsgesprächs",
        """Sehr geehrte Frau Brennan-Kowalski,

leider müssen wir das für Dienstag, den 16. Juni, vereinbarte Gespräch verschieben, da unsere Bereichsleitung kurzfristig verhindert ist. Wäre Ihnen stattdessen Freitag, der 19. Juni, um 11:00 Uhr möglich?

Wir bitten die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Anja Schröder
Deutsche Lernwerk Stiftung""",
        when="2026-06-11 08:40"),
    Msg(RES, "de_absage_termin_ics", "de", "Kursfabrik", "jan@kursfabrik.example.de",
        "Jan Albers <jan@kursfabrik.example.de>", "Abgesagt: Kennenlernen Kursfabrik x Aoife",
        """Hi Aoife,

ich musste unseren Termin morgen leider absagen, bin krank. Ich schick Dir nächste Woche einen neuen Link!

Sorry & Grüße
Jan""",
        ics={"summary": "Kennenlernen Kursfabrik x Aoife", "days": 1, "hour": 9, "minutes": 30, "method": "CANCEL", "sequence": 1}),
    Msg(RES, "fr_report", "fr", "Savoirs & Co", "camille.petit@savoirsetco.example.fr",
        "Camille Petit <camille.petit@savoirsetco.example.fr>", "Report de notre entretien",
        """Bonjour Aoife,

Je suis navrée mais je dois décaler notre entretien de mardi 10h : notre directrice pédagogique, qui devait y participer, est en déplacement. Serait-il possible de le reporter à vendredi même heure ?

Merci de votre compréhension,
Camille"""),
    Msg(RES, "fr_annulation", "fr", "Banque Hérault", "julien.marchal@talentis-conseil.example.fr",
        "Julien Marchal <julien.marchal@talentis-conseil.example.fr>", "Entretien Banque Hérault annulé",
        """Aoife,

Petit souci : la Banque Hérault vient d'annuler l'entretien de jeudi, la responsable de l'Université interne est en arrêt. Ils me reviennent avec une nouvelle date d'ici la fin de semaine. Désolé pour ce contretemps !

Julien"""),
    Msg(RES, "es_cambio", "es", "Editorial Santillana del Mar", "rrhh.seleccion@santillanadelmar.example.es",
        "Beatriz Luna <rrhh.seleccion@santillanadelmar.example.es>", "Cambio de hora entrevista",
        """Hola Aoife:

Perdona las molestias, pero tenemos que cambiar la entrevista del miércoles. ¿Podríamos pasarla al jueves 9 a las 12:30 (hora de Madrid)? El enlace de la videollamada será el mismo.

Gracias y disculpa,
Beatriz"""),
    Msg(RES, "es_cancelada", "es", "Banco Cantábrico", "",
        "Banco Cantábrico <talento-noreply@bancocantabrico.example.es>",
        "Cancelada: Entrevista - Técnica de Formación Digital",
        """Estimada Aoife:

Lamentamos informarte de que la entrevista prevista ha sido cancelada por motivos de agenda del equipo. En los próximos días recibirás una nueva convocatoria.

Atentamente,
Talento y Selección – Banco Cantábrico""",
        fmt="alt", ics={"summary": "Entrevista - Técnica de Formación Digital", "days": 1, "hour": 8, "minutes": 45, "method": "CANCEL", "sequence": 1},
        brand="Banco Cantábrico"),

    # --- missed interview notices
    Msg(MISS, "tried_calling", "en", "Copperleaf Training", "jess@copperleaf.example.co.uk",
        "Jess Marlow <jess@copperleaf.example.co.uk>", "Today's call",
        """Hi Aoife

I tried calling you at 11 as arranged for the phone screen but it went to voicemail. Is everything ok? Let me know if you'd still like to chat and we can find another time.

Jess"""),
    Msg(MISS, "teams_no_join", "en", "Dublin City Education and Training Board", "appointments@dcetb.example.ie",
        "Appointments Unit <appointments@dcetb.example.ie>", "Interview - Education Officer (Digital Learning)",
        """Dear Ms Brennan-Kowalski,

Our records show that you did not join the Microsoft Teams meeting for your scheduled interview this morning at 10:00. The panel waited for 15 minutes.

If there were exceptional circumstances, please contact this office in writing within two working days. Otherwise we will assume you no longer wish to be considered.

Yours sincerely,
Aisling Doyle
Appointments Unit"""),
    Msg(MISS, "we_missed_you_casual", "en", "Loomwise", "priya@loomwise.example.com",
        "Priya Raman <priya@loomwise.example.com>", "we missed you!",
        """Hey Aoife - Jonah and Fiona were on the Zoom for the portfolio review at 2 but we didn't see you. Hope all ok! Happy to rebook if something came up, just let me know.

Priya"""),
    Msg(MISS, "no_show_agency", "en", "Pembroke Insurance", "liam@northquayrecruit.example.ie",
        "Liam Greene <liam@northquayrecruit.example.ie>", "What happened??",
        """Aoife,

Just had Pembroke Insurance on to me - you didn't show for the 9.30 video interview this morning? They're a bit put out tbh. Give me a ring when you get this, 086 555 0119, and we'll see if I can salvage it.

Liam
North Quay Recruitment"""),
    Msg(MISS, "hr_system_noshow", "en", "Harbourline Hotels", "",
        "Harbourline Hotels <noreply@workablemail.com>",
        "Missed interview - Training & Development Coordinator",
        """Hello Aoife,

You were scheduled for an interview for Training & Development Coordinator today but did not attend. If you are still interested in this position, please contact the hiring team via the candidate portal to request a new time.

Harbourline Hotels HR""", fmt="html", brand="Harbourline Hotels"),
    Msg(MISS, "sa_missed_call", "en", "Protea Learning Group", "lerato.m@protealearning.example.co.za",
        "Lerato Mokoena <lerato.m@protealearning.example.co.za>", "Interview this afternoon",
        """Dear Aoife

We were expecting you on the Google Meet link at 14:00 SAST for your interview with the facilitation team, but unfortunately you did not connect. We also tried your mobile.

Please let me know if you would like us to try arrange another time.

Kind regards
Lerato"""),
    Msg(MISS, "de_nicht_erschienen", "de", "Verlag Brenner & Söhne", "lena.hoff@brenner-verlag.example.de",
        "Lena Hoff <lena.hoff@brenner-verlag.example.de>", "Unser Telefoninterview heute",
        """Liebe Frau Brennan-Kowalski,

ich habe heute um 14 Uhr wie vereinbart versucht, Sie telefonisch zu erreichen, leider ohne Erfolg – auch eine Nachricht auf der Mailbox habe ich hinterlassen.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich gerne für einen neuen Termin.

Herzliche Grüße
Lena Hoff"""),
    Msg(MISS, "de_video_nicht_beigetreten", "de", "Kursfabrik", "jan@kursfabrik.example.de",
        "Jan Albers <jan@kursfabrik.example.de>", "Hast du unseren Call vergessen?",
        """Hi Aoife,

ich war um 9 im Meet-Raum, aber Du bist leider nicht aufgetaucht. Alles okay bei Dir? Wenn Du noch Lust hast, buch Dir gern einen neuen Slot.

Jan"""),
    Msg(MISS, "fr_absente", "fr", "Klasseo", "ines@klasseo.example.fr",
        "Inès Garnier <ines@klasseo.example.fr>", "Notre rendez-vous téléphonique",
        """Bonjour Aoife,

Je vous ai appelée ce matin à 10h pour notre échange prévu, mais je suis tombée sur votre messagerie. Vous n'avez peut-être pas pu vous libérer ?

Si le poste vous intéresse toujours, dites-moi quand je peux vous rappeler.

Inès Garnier
Talent Acquisition Manager – Klasseo"""),
    Msg(MISS, "es_no_conectaste", "es", "Formahub", "diego@formahub.example.es",
        "Diego Fernández <diego@formahub.example.es>", "¿Todo bien?",
        """Hola Aoife,

Laura y yo te estuvimos esperando en la videollamada de las 16:00 pero no llegaste a conectarte. ¿Ha pasado algo? Si quieres lo reprogramamos para la semana que viene.

Diego"""),
]
