"""Reschedules/cancellations by the employer and missed-interview notices for the eighty-sixth
corpus (hand-written; data only)."""

from msgs86_kit import ME, ics, msg, spanish

R = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

MESSAGES = [
    msg(R, "panel_member_sick", "en", ("Sarah Lim", "sarah.lim@health.example.gov.au"),
        "RE: Invitation to interview - CNC Patient Safety (REQ 421907)", "2026-02-16T08:12:00+11:00", """
Dear Priya

Unfortunately one of our panel members is unwell and we need to reschedule your interview on Wednesday 18 February. Could you please let me know if Monday 23 February at 10:00am or Tuesday 24 February at 2:00pm would suit instead? Same location.

Apologies for the inconvenience.

Regards
Sarah Lim
Recruitment Officer
Western Districts Local Health District
""", company="Western Districts Local Health District", parent="@nsw_health_interview_letter"),

    msg(R, "ics_cancel_outlook", "en", ("Amelia Stone", "amelia.stone@auroramedsys.example.com"),
        "Canceled: Panel interview - Priya Halvorsen-Mendes / Aurora Medical Systems", "2026-02-03T17:00:00+11:00", """
Hi Priya - we need to cancel Thursday's panel as Raj has been pulled into a product incident. I'll send new times tomorrow, so sorry!

Amelia
""", ics=ics("CANCEL", "gt-88213@goodtime.example.io", "Panel interview - Priya Halvorsen-Mendes / Aurora Medical Systems",
        "2026-02-05T10:00:00+11:00", 60, ("Amelia Stone", "amelia.stone@auroramedsys.example.com"), "Microsoft Teams Meeting", seq=1, status="CANCELLED"),
        ics_method="CANCEL", parent="@goodtime_panel_ics", company="Aurora Medical Systems"),

    msg(R, "move_earlier_mobile", "en", ("Mark Ellison", "mark.ellison@teleheal.example.com"),
        "Re: Telehealth Nurse Educator", "2026-03-11T07:31:00+10:00", """
Morning Priya, any chance we could push Thurs to Friday same time? Our clinical lead's flight got moved. Sorry for the shuffle.

M

Sent from my iPhone
""", parent="@reply_chain_second_round", company="Teleheal"),

    msg(R, "goodtime_rescheduled", "en", ("Aurora Medical Systems", "scheduling@goodtime.example.io"),
        "Updated: Your interview with Aurora Medical Systems has been rescheduled", "2026-02-04T09:30:00+00:00", """
Hi Priya,

Your Clinical Safety Officer panel interview has been rescheduled.

New time: Tuesday 10 February 2026, 2:00 - 3:00 PM AEDT
Previous time: Thursday 5 February 2026, 10:00 - 11:00 AM AEDT
Location: Microsoft Teams

An updated calendar invitation is attached. Reply to this email if the new time does not work.

Aurora Medical Systems Recruiting
""", html=True, brand="Aurora Medical Systems", colour="#6d28d9",
        reply_to=("Amelia Stone", "amelia.stone@auroramedsys.example.com"),
        ics=ics("REQUEST", "gt-88213@goodtime.example.io", "Panel interview - Priya Halvorsen-Mendes / Aurora Medical Systems",
                "2026-02-10T14:00:00+11:00", 60, ("Amelia Stone", "amelia.stone@auroramedsys.example.com"), "Microsoft Teams Meeting", seq=2),
        parent="@goodtime_panel_ics", company="Aurora Medical Systems"),

    msg(R, "agency_client_postpones", "en", ("Rhys Donovan", "rhys@kestrelhealthsearch.example.com.au"),
        "Change of plan for Monday", "2026-02-13T16:05:00+08:00", """
Hi Priya,

Bit of a curveball sorry - Michelle from Coastline has been called into an accreditation visit on Monday so they've had to postpone your video interview. She's asked if Thursday 19th at 1pm AWST works instead?

Let me know and I'll confirm with them ASAP!

Cheers,
Rhys
Kestrel Health Search
""", company="Coastline Private Hospitals"),

    msg(R, "uni_panel_cancelled_freeze", "en", ("Jo Hartley", "jo.hartley@southernmetro.example.edu.au"),
        "Lecturer in Nursing (Clinical Informatics) - interview on 4 May", "2026-04-30T12:00:00+09:30", """
Dear Priya,

I'm writing on behalf of Professor McKenzie to let you know that the interviews scheduled for Monday 4 May have been cancelled. The University has announced a temporary recruitment pause while the faculty restructure is finalised, and we are not able to hold interviews until it is lifted.

We will contact you if and when the process resumes. Please accept our apologies for the short notice.

Kind regards,
Jo Hartley
Executive Officer, School of Nursing and Midwifery
Southern Metropolitan University
""", company="Southern Metropolitan University"),

    msg(R, "singapore_time_change", "en", ("Tan Wei Ling", "tan_wei_ling@healthministry.example.gov.sg"),
        "RE: Interview for the position of Deputy Director (Clinical Quality)", "2026-03-09T14:20:00+08:00", """
Dear Ms Halvorsen-Mendes,

Please be informed that due to a change in the panel chairperson's schedule, your interview on 12 March 2026 has been brought forward from 3.00 pm to 10.00 am (Singapore time). The Zoom details remain unchanged.

We apologise for any inconvenience caused. Kindly confirm that you are able to attend at the revised time.

Thank you.

Ms Tan Wei Ling
Ministry of Health Services (Singapore)
""", parent="@singapore_ministry_formal", company="Ministry of Health Services"),

    msg(R, "teams_update_ics_nz", "en", ("Grace Tuilagi", "grace.tuilagi@aucklandcommunityhealth.example.org.nz"),
        "Updated invitation: Interview - Priya Halvorsen-Mendes (CNS Quality)", "2026-03-23T15:45:00+13:00", """
Kia ora Priya, Aroha has a clash on Wednesday so I've moved us to Friday 27 March, 1.30pm, same room. Updated invite attached - hope that still works for you.

Ngā mihi,
Grace
""", ics=ics("REQUEST", "040000008200E00074C5B7101A82E008000000003a5b", "Interview - Priya Halvorsen-Mendes (CNS Quality)",
        "2026-03-27T13:30:00+13:00", 60, ("Grace Tuilagi", "grace.tuilagi@aucklandcommunityhealth.example.org.nz"), "Grafton Office, Meeting Room 2", seq=1),
        parent="@outlook_ics_onsite", company="Auckland Community Health"),

    msg(R, "es_aplazar_entrevista", "es", ("Marta Ruiz", "marta.ruiz@saludconectada.example.es"),
        "Re: Entrevista - Product Owner Clínico", "2026-03-02T16:45:00+01:00", """
Hola Priya,

Perdona el cambio de última hora: a nuestra CPO le ha surgido un viaje y no podrá estar mañana. ¿Podríamos mover la entrevista al jueves 5 a la misma hora? Si no, dime qué te viene bien.

Gracias por la comprensión,
Marta
""" + spanish(ME, "jue, 26 feb 2026 a las 22:10", "Hola Marta, el martes 3 a las 9:00 me va perfecto. ¡Gracias!"),
        company="Salud Conectada", parent="<priya.es0226@example.com.au>"),

    msg(R, "es_cancelada_cliente", "es", ("Diego Alarcón", "diego.alarcon@talentosalud.example.cl"),
        "Re: Conversación breve", "2026-07-14T11:00:00-04:00", """
Hola Priya,

Te cuento que Red Clínica Andes suspendió la entrevista del jueves con la gerencia: están reevaluando el alcance del cargo y me pidieron dejar todo en pausa un par de semanas. Apenas tenga una nueva fecha te aviso.

Disculpa el enredo!
Diego
Alarcón & Asociados
""", parent="@es_consultora_llamada", company="Red Clínica Andes"),

    msg(R, "fr_report_entretien", "fr", ("Camille Girard", "camille.girard@cliniquesaintexupery.example.fr"),
        "Report de notre entretien", "2026-03-16T10:05:00+01:00", """
Bonjour Madame,

Mme Durand étant retenue par une inspection de l'ARS demain matin, nous sommes contraints de reporter notre entretien prévu le mardi 17 mars à 9h00.

Pourriez-vous m'indiquer vos disponibilités pour le jeudi 19 ou le vendredi 20 mars ? Avec toutes nos excuses pour ce contretemps.

Bien cordialement,
Camille Girard
Clinique Saint-Exupéry
""", company="Clinique Saint-Exupéry"),

    msg(R, "fr_annulation_ics", "fr", ("Aline Mertens", "aline.mertens@hopitalbrugmann.example.be"),
        "Annulé : second entretien – Infirmière en chef, informatique clinique", "2026-06-09T11:30:00+02:00", """
Madame Halvorsen-Mendes,

Nous sommes au regret de devoir annuler le second entretien prévu ce jeudi 11 juin. Une nouvelle date vous sera proposée dans les prochains jours.

Cordialement,
Aline Mertens
Hôpital Brugmann-Ouest
""", ics=ics("CANCEL", "be-second-2026-0611@hopitalbrugmann.example.be", "Second entretien - P. Halvorsen-Mendes",
        "2026-06-11T14:00:00+02:00", 90, ("Aline Mertens", "aline.mertens@hopitalbrugmann.example.be"), "Bâtiment A, salle 2.14", seq=1, status="CANCELLED"),
        ics_method="CANCEL", charset="iso-8859-1", company="Hôpital Brugmann-Ouest"),

    msg(R, "fr_decaler_tutoiement", "fr", ("Julien Roche", "julien@dataclinique.example.fr"),
        "Re: On se cale un call ?", "2026-04-23T07:55:00+02:00", """
Hello Priya,

Petit imprévu de mon côté (levée de fonds oblige...), est-ce qu'on peut décaler notre call de demain à lundi même heure ? Désolé pour le changement !

Julien
""", parent="@fr_cabinet_tutoiement", company="DataClinique"),

    msg(R, "de_terminverschiebung", "de", ("Dr. Andrea Vogt", "andrea.vogt@uniklinik-nordsee.example.de"),
        "Verschiebung Ihres Vorstellungsgesprächs", "2026-04-03T09:40:00+02:00", """
Sehr geehrte Frau Halvorsen-Mendes,

leider muss ich unser Gespräch am Dienstag, 7. April, krankheitsbedingt absagen. Wir würden den Termin gern auf Donnerstag, 9. April, 09:00 Uhr MESZ verschieben. Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt.

Mit freundlichen Grüßen
Andrea Vogt
Universitätsklinikum Nordsee
""", company="Universitätsklinikum Nordsee"),

    msg(R, "de_absage_termin_kunde", "de", ("Lukas Hofmann", "lukas.hofmann@hofmann-partner.example.de"),
        "Termin Mittwoch fällt aus", "2026-06-02T18:15:00+02:00", """
Hi Priya,

kurze Info: Der Termin morgen mit Helios-Med Software fällt leider aus, der Head of Clinical Solutions ist kurzfristig auf einer Kundenveranstaltung. Ich melde mich mit neuen Terminvorschlägen, sobald ich sie habe.

Sorry für die Umstände!
Lukas
Hofmann & Partner Personalberatung
""", company="Helios-Med Software"),

    # missed-interview notices
    msg(M, "tried_calling_screen", "en", ("Jess Whitford", "jess.whitford@brightpathhealth.example.com.au"),
        "Missed you today", "2026-01-21T10:25:00+11:00", """
Hi Priya,

I tried calling you at the scheduled time for our 10am phone screen but it went to voicemail. Hope everything's OK!

If you're still keen on the Digital Health Nurse Lead role, feel free to rebook here: https://calendly.example.com/jess-brightpath/20min

Cheers,
Jess
BrightPath Health
""", company="BrightPath Health"),

    msg(M, "teams_no_join", "en", ("Helen Sato", "helen.sato@auroramedsys.example.com"),
        "Today's interview", "2026-02-10T14:35:00+11:00", """
Hi Priya,

We were all set up for your panel interview at 2pm today but you did not join the Teams meeting. We waited about 20 minutes. Could you let us know what happened? If there was a technical problem we can try to find another slot.

Regards,
Helen Sato
Clinical Safety Manager
Aurora Medical Systems
""", company="Aurora Medical Systems"),

    msg(M, "agency_client_waiting", "en", ("Kirra Lawson", "kirra@bluegumhealthpartners.example.com.au"),
        "Where are you?? - Eastbrook interview", "2026-04-15T11:18:00+10:00", """
Priya - Eastbrook Hospital just called me, they've been waiting on the Zoom since 11 and you haven't dialled in. Are you OK?? Call me on 0412 555 019 as soon as you see this!

Kirra
Bluegum Health Partners
""", company="Eastbrook Hospital"),

    msg(M, "no_show_formal_lhd", "en", ("Mei Chen", "mei.chen@eastcoastlhd.example.gov.au"),
        "Non-attendance at interview - Nurse Manager Clinical Systems", "2026-05-13T15:50:00+10:00", """
Dear Priya,

You were scheduled for an interview for the position of Nurse Manager - Clinical Systems (REQ 432118) today at 2:00pm. Our records show that you did not attend, and we were unable to reach you by phone.

If there were extenuating circumstances, please contact me by close of business Friday 15 May. Otherwise, we will assume you no longer wish to be considered for the role.

Regards,
Mei Chen
Recruitment Coordinator
East Coast Local Health District
""", charset="windows-1252", company="East Coast Local Health District"),

    msg(M, "terse_mgr_missed", "en", ("Dr Kavita Rao", "kavita.rao@medipulsepharma.example.com"),
        "call", "2026-04-07T10:20:00+11:00", """
Priya - rang at 10 as planned, no answer. Let me know if you still want to chat.
K

Dr Kavita Rao | Head of Medical Safety | MediPulse Pharma
""", company="MediPulse Pharma"),

    msg(M, "video_not_completed", "en", ("Harbour Disability Services", "noreply@candidates.workablemail.com"),
        "Your video interview has expired", "2026-04-16T06:00:00+00:00", """
Hi Priya,

We noticed you didn't complete the one-way video interview for Practice Quality Lead at Harbour Disability Services before the deadline, so the link has now expired.

If something got in the way, please get in touch with Daniel at daniel.ross@harbourdisability.example.org.au and we may be able to reopen it.

Harbour Disability Services
""", html=True, brand="Harbour Disability Services", colour="#f97316", company="Harbour Disability Services",
        contact="daniel.ross@harbourdisability.example.org.au"),

    msg(M, "uk_missed_phone", "en", ("Harriet Cole", "harriet.cole@stmarysnhs.example.org.uk"),
        "Telephone interview this morning", "2026-08-19T10:40:00+01:00", """
Dear Priya,

I rang at 9.30am (BST) as arranged for your telephone interview for the Clinical Safety Officer post but was unable to get through, and I didn't like to leave a message. I appreciate the time difference may have caused some confusion.

Do let me know if you would still like to be considered and we shall try to rearrange.

Kind regards,
Harriet Cole
St Mary's Hospitals NHS Foundation Trust
""", company="St Mary's Hospitals NHS Foundation Trust"),

    msg(M, "es_no_se_conecto", "es", ("Nuria Pons", "nuria.pons@medtechbcn.example.es"),
        "Entrevista de hoy", "2026-08-20T10:30:00+02:00", """
Hola Priya,

Te estuvimos esperando en el Teams a las 10:00 para la entrevista técnica pero no llegaste a conectarte. ¿Ha pasado algo? Si quieres, buscamos otro hueco esta semana.

Un saludo,
Nuria
MedTech BCN
""", company="MedTech BCN"),

    msg(M, "fr_absence_entretien", "fr", ("Hélène Bernard", "helene.bernard@mutuellesante.example.fr"),
        "Entretien téléphonique de ce matin", "2026-09-04T09:10:00+02:00", """
Bonjour Priya,

J'ai essayé de vous joindre à 8h30 comme convenu pour notre entretien téléphonique, sans succès (messagerie). Je reste disponible pour reprogrammer si vous le souhaitez : merci de me faire part de vos disponibilités.

Bien à vous,
Hélène Bernard
Mutuelle Santé Horizon
""", company="Mutuelle Santé Horizon"),

    msg(M, "de_nicht_erschienen", "de", ("Miriam Schulz", "miriam.schulz@medizincontrolling.example.de"),
        "Unser Termin heute", "2026-09-24T14:45:00+02:00", """
Hallo Frau Halvorsen-Mendes,

wir hatten Sie heute um 14 Uhr bei uns im Büro erwartet, leider sind Sie nicht erschienen und telefonisch konnten wir Sie auch nicht erreichen. Ist alles in Ordnung? Bitte melden Sie sich kurz bei mir.

Viele Grüße
Miriam Schulz
MCS Medizincontrolling Services
Tel. +49 89 5550 3311
""", company="MCS Medizincontrolling Services"),

    msg(M, "de_teams_verpasst", "de", ("Caritas Pflegeverbund Süd", "noreply@successfactors.example.eu"),
        "Verpasstes Interview", "2026-07-29T09:20:00+02:00", """
Guten Tag Frau Halvorsen-Mendes,

leider konnten wir Sie heute zum vereinbarten Interview um 09:00 Uhr nicht in der Teams-Besprechung begrüßen.

Sollten Sie weiterhin Interesse an der Position Qualitätsmanagementbeauftragte (w/m/d) haben, wenden Sie sich bitte bis Freitag an Frau Petra Lang, petra.lang@caritas-sued.example.de.

Freundliche Grüße
Caritas Pflegeverbund Süd
""", charset="iso-8859-1", enc="qp", company="Caritas Pflegeverbund Süd", contact="petra.lang@caritas-sued.example.de"),
]


