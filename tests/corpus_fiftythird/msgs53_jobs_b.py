"""Corpus 53 data: reschedules and cancellations, missed-interview notices, acknowledgements, offers.

Same keys as msgs53_jobs_a. Imports only msgs53_jobs_a's M helper.
"""

from msgs53_jobs_a import MARCUS, M

RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"
AR = "application_received"
OF = "offer"

MESSAGES = [
    M(RS, "gm_needs_to_move", "en", "Dana Whitlock <dwhitlock@meridiancrest.example.com>", "Re: Thursday",
      """Marcus so sorry - owner visit got moved up and I'm stuck in meetings all Thursday. Can we push our interview to Monday same time? If not send me a couple times that work.

D

Sent from my iPhone""",
      company="Meridian Crest Hotels", contact="dwhitlock@meridiancrest.example.com",
      quote=("gmail", "Marcus Delacroix-Whitfield", MARCUS, "Hi Dana, confirming Thursday at 3pm at the hotel. See you then!\nMarcus")),
    M(RS, "ics_cancel_hospital", "en", "Olivia Hart <ohart@stbrigid.example.org>", "Canceled: Interview: Marcus Delacroix-Whitfield - Support Services Manager",
      """Hi Marcus,

Unfortunately Dr. Pierce has been called into an emergency operations meeting, so we need to cancel tomorrow's interview. I will send a new invitation as soon as I have his updated availability — my apologies for the short notice.

Olivia""",
      company="St. Brigid Medical Center", contact="ohart@stbrigid.example.org",
      ics={"uid": "c53-stbrigid-2nd@stbrigid.example.org", "start": "2026-03-18T15:00:00", "minutes": 60, "method": "CANCEL", "sequence": 1,
           "summary": "Interview: Marcus Delacroix-Whitfield - Support Services Manager", "organizer": ("Olivia Hart", "ohart@stbrigid.example.org")},
      date="2026-03-17T16:20:00"),
    M(RS, "goodtime_rescheduled", "en", "Riverside Arena Group via GoodTime <scheduling@goodtime.io>", "Updated: Your panel interview has been rescheduled",
      """Hi Marcus,

Your panel interview for Event Operations Manager with Riverside Arena Group has been moved due to an event-day conflict at the arena.

Previous time: Wednesday, May 20, 1:00 PM CT
New time: Friday, May 22, 10:00 AM CT

Location unchanged (Gate C admin entrance). If the new time doesn't work, contact Kelsey Ford at kford@riversidearena.example.com.""",
      company="Riverside Arena Group", contact="kford@riversidearena.example.com", reply_to="Kelsey Ford <kford@riversidearena.example.com>", fmt="alt", track="app.goodtime.io"),
    M(RS, "agency_client_postponed", "en", "Brianna Cole <brianna@keelcompass.example.com>", "ugh - Larkspur needs to postpone",
      """Hi Marcus,

Just got off the phone with Larkspur — the regional VP's flight got cancelled (hurricane season, of course) so they need to postpone Tuesday's site walk. They're hoping for later next week and I'll send options as soon as I have them.

Sorry!! This is totally on their side, you're still very much in the running.

Brianna
Keel & Compass Partners""",
      company="Larkspur Hospitality Group", contact="brianna@keelcompass.example.com"),
    M(RS, "outlook_new_time_sg", "en", "Tan Wei Jie <weijie.tan@straitsharbour.example.sg>", "RE: Interview arrangement - Front Office Operations Manager",
      """Dear Marcus,

Apologies, our Director of Rooms will be travelling on the date we had agreed. May we kindly reschedule your interview to Friday, 17 July, 9:00 PM Singapore time (9:00 AM Eastern)? The Teams link remains the same.

Please do revert to confirm at your earliest convenience.

Best regards,
Tan Wei Jie
Senior Executive, Talent Acquisition
Straits Harbour Hospitality""",
      company="Straits Harbour Hospitality", contact="weijie.tan@straitsharbour.example.sg",
      quote=("outlook", "Tan Wei Jie", "weijie.tan@straitsharbour.example.sg", "Dear Marcus,\n\nWe are pleased to confirm your interview on Wednesday, 15 July, 9:00 PM Singapore time.\n\nBest regards,\nTan Wei Jie"),
      quote_subject="Interview arrangement - Front Office Operations Manager", fmt="alt"),
    M(RS, "icims_interview_cancelled_hold", "en", "Cascade Valley Health Careers <careers@talent.icims.com>", "Interview Cancellation Notice",
      """Dear Marcus,

We are writing to inform you that your interview for Patient Transport Supervisor scheduled for Monday, February 9 has been cancelled. The hiring manager will reach out directly if a new interview date is arranged.

Thank you for your understanding.

Cascade Valley Health Talent Acquisition
Please do not reply to this message.""",
      company="Cascade Valley Health", contact="", fmt="html"),
    M(RS, "phone_screen_move_earlier", "en", "Rachel Kim <rachel.kim@northgatepp.example.com>", "Can we move our call?",
      """Hi Marcus — something came up on my end tomorrow afternoon. Any chance we could do our phone screen at 10:30am instead of 2pm? If that's tough, I'm free Friday anytime after 11.

Thanks for being flexible!
Rachel""",
      company="Northgate Property Partners", contact="rachel.kim@northgatepp.example.com"),
    M(RS, "uk_interview_postponed_formal", "en", "Recruitment Team <recruitment@thamesgatehousing.example.org.uk>", "Postponement of interview - Estates & Facilities Officer",
      """Dear Marcus,

I am writing to let you know that, owing to unforeseen circumstances, the interviews for the post of Estates & Facilities Officer scheduled for 28 April have had to be postponed. We will be in touch with a revised date as soon as possible.

Please accept our apologies for any inconvenience caused.

Yours sincerely,

Recruitment Team
Thamesgate Housing Association
recruitment@thamesgatehousing.example.org.uk

Thamesgate Housing Association is a charitable registered society, no. 31234R.""",
      company="Thamesgate Housing Association", contact="recruitment@thamesgatehousing.example.org.uk", charset="windows-1252"),
    M(RS, "zoom_to_onsite_change", "en", "Kyle Jansen <kjansen@summitpeak.example.com>", "Change of plans for Wednesday",
      """Marcus, quick heads up: our GM wants to join and she's out of pocket Wed, so we need to move you to Thursday 9/3 at 11 MT. Same Zoom link. Let me know if that's a problem.

Kyle Jansen
Director of Resort Operations | Summit Peak Resorts""",
      company="Summit Peak Resorts", contact="kjansen@summitpeak.example.com"),
    M(RS, "es_cambio_hora", "es", "Carmen Ruiz <carmen.ruiz@brisamar-hoteles.example.es>", "RE: Entrevista - Jefe/a de Mantenimiento",
      """Hola Marcus,

Te escribo porque el director técnico no podrá estar el martes a las 11:00. ¿Podríamos pasar la entrevista al miércoles 22 a las 12:30, en el mismo sitio? Disculpa el cambio.

Un saludo,
Carmen""",
      company="Hoteles Brisamar", contact="carmen.ruiz@brisamar-hoteles.example.es",
      quote=("es", "Marcus Delacroix-Whitfield", MARCUS, "Hola Carmen,\n\nPerfecto, el martes 21 a las 11:00 me va muy bien. Allí estaré.\n\nSaludos,\nMarcus")),
    M(RS, "es_cancelada_cdmx", "es", "Diego Salazar <dsalazar@rumbotalento.example.mx>", "Cambio en la entrevista del jueves",
      """Marcus, buen día.

Mi cliente me acaba de avisar que la Directora de Operaciones tuvo un viaje imprevisto y tenemos que cancelar la entrevista de este jueves. En cuanto me confirme nueva fecha te la mando. Mil disculpas.

Saludos,
Diego""",
      company="Distribuidora Alimentaria del Valle", contact="dsalazar@rumbotalento.example.mx"),
    M(RS, "fr_report_entretien", "fr", "Claire Dubois <claire.dubois@residences-celeste.example.fr>", "Report de notre entretien de jeudi",
      """Bonjour Marcus,

Notre Directrice des opérations a un empêchement jeudi. Serait-il possible de décaler notre entretien au lundi 16 mars, même heure (14h30) ? Le lien Teams reste identique.

Toutes mes excuses pour ce changement de dernière minute.

Bien cordialement,
Claire Dubois
Résidences Céleste""",
      company="Résidences Céleste", contact="claire.dubois@residences-celeste.example.fr", charset="iso-8859-1"),
    M(RS, "fr_annulation_entrevue", "fr", "Marc-André Gagnon <magagnon@aeroportmirabelle.example.ca>", "Annulation - entrevue du 2 juin",
      """Bonjour Marcus,

Je dois malheureusement annuler ton entrevue de mardi : la direction a décidé de revoir la structure du service et on doit suspendre temporairement les entrevues. Je te recontacte dès qu'on a plus de visibilité sur un nouveau calendrier.

Désolé pour le contretemps,
Marc-André""",
      company="Aéroport Mirabelle", contact="magagnon@aeroportmirabelle.example.ca"),
    M(RS, "de_terminverschiebung", "de", "Johanna Schmid <bewerbung@isarwerk-fm.example.de>", "Verschiebung Ihres Vorstellungsgesprächs",
      """Sehr geehrter Herr Delacroix-Whitfield,

leider müssen wir unser für Donnerstag, 23. April, 10:00 Uhr vereinbartes Gespräch verschieben, da Herr Brandl kurzfristig verhindert ist. Wir schlagen als neuen Termin Dienstag, 28. April, 14:00 Uhr vor.

Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Mit freundlichen Grüßen
Johanna Schmid
Isarwerk Facility Management GmbH""",
      company="Isarwerk Facility Management", contact="bewerbung@isarwerk-fm.example.de",
      ics={"uid": "c53-isarwerk-vg@isarwerk-fm.example.de", "start": "2026-04-28T12:00:00", "minutes": 60, "sequence": 1, "location": "Landsberger Straße 155, München",
           "summary": "Vorstellungsgespräch Objektleiter - Delacroix-Whitfield (verschoben)", "organizer": ("Johanna Schmid", "bewerbung@isarwerk-fm.example.de")},
      date="2026-04-21T15:44:00"),
    M(RS, "de_absage_termin_du", "de", "Tim Kessler <tim.kessler@frankfurter-eventhaus.example.de>", "Unser Call morgen",
      """Hi Marcus,

sorry, ich muss unseren Call morgen um 15 Uhr leider absagen, bei uns brennt gerade eine Messe-Produktion. Kannst du dir über den Link von neulich einfach einen neuen Slot nächste Woche nehmen?

Danke dir & bis bald
Tim""",
      company="Frankfurter Eventhaus", contact="tim.kessler@frankfurter-eventhaus.example.de"),

    # ---------------- missed interview notices ----------------
    M(MI, "tried_calling", "en", "Rachel Kim <rachel.kim@northgatepp.example.com>", "Missed you today",
      """Hi Marcus,

We tried calling you at the scheduled time (10:30am) for your phone screen but it went straight to voicemail. Hope everything's alright!

If you're still interested in the Facilities Coordinator role, let me know and we can try to find another time.

Rachel""",
      company="Northgate Property Partners", contact="rachel.kim@northgatepp.example.com"),
    M(MI, "teams_no_join", "en", "Olivia Hart <ohart@stbrigid.example.org>", "Today's interview",
      """Hello Marcus,

Dr. Pierce and Ms. Lowe waited in the Teams meeting from 11:00 to 11:15 this morning, but it looks like you did not join. I wanted to check that you received the updated invitation.

Please let me know if you would still like to be considered, and we'll see what we can do.

Best regards,
Olivia Hart
St. Brigid Medical Center""",
      company="St. Brigid Medical Center", contact="ohart@stbrigid.example.org", fmt="alt"),
    M(MI, "paradox_no_show", "en", "Olivia <olivia@paradox.ai>", "We missed you at Pinecrest Market",
      """Hi Marcus, it's Olivia from Pinecrest Market. It looks like you weren't able to make your interview today at 10:30 AM. No worries — things come up!

Would you like to reschedule? Reply YES and I'll send you new times.""",
      company="Pinecrest Market", contact=""),
    M(MI, "hiring_mgr_blunt_noshow", "en", "Sam Ortega <sam@copperfigrestaurants.example.com>", "friday",
      """marcus we had you down for the stage friday at 4 and you didnt show. everything ok? text me if you still want to do this

sam""",
      company="Copper Fig Restaurant Group", contact="sam@copperfigrestaurants.example.com"),
    M(MI, "zoom_waited_formal", "en", "Kyle Jansen <kjansen@summitpeak.example.com>", "Re: Interview Scheduled: Resort Operations Manager",
      """Hi Marcus,

I was on the Zoom at 11 MT today and waited about 20 minutes but didn't see you come in. I know we moved things around a couple of times so it may have gotten lost — let me know if you'd like to find another slot this week.

Kyle""",
      company="Summit Peak Resorts", contact="kjansen@summitpeak.example.com",
      quote=("gmail", "Kyle Jansen", "kjansen@summitpeak.example.com", "Marcus, quick heads up: we need to move you to Thursday 9/3 at 11 MT. Same Zoom link.")),
    M(MI, "agency_client_noshow", "en", "Tyler Brooks <tyler@brightpathtalent.example.com>", "What happened??",
      """Marcus — I just got a call from Greenfield Provisions saying you never showed for the 2pm with their warehouse GM. Is everything okay?? Please call me asap so I can smooth it over with them, they were really keen.

Tyler
Brightpath Talent
(312) 555-0184""",
      company="Greenfield Provisions", contact="tyler@brightpathtalent.example.com"),
    M(MI, "es_no_se_presento", "es", "Gabriela Méndez <seleccion@logisticacordillera.example.mx>", "Entrevista de hoy",
      """Estimado Marcus:

Le estuvimos esperando hoy a las 10:00 h para su entrevista técnica, pero no se presentó ni recibimos aviso. ¿Sigue interesado en la vacante? En caso afirmativo, por favor indíquenos su disponibilidad para reprogramar.

Saludos,
Gabriela Méndez
Logística Cordillera""",
      company="Logística Cordillera", contact="seleccion@logisticacordillera.example.mx"),
    M(MI, "es_no_conectaste", "es", "Carmen Ruiz <carmen.ruiz@brisamar-hoteles.example.es>", "¿Todo bien?",
      """Hola Marcus,

Te esperamos esta mañana en el hotel para la entrevista pero no apareciste. ¿Ha pasado algo? Si sigues interesado, dímelo y vemos si podemos buscar otro hueco.

Carmen
Hoteles Brisamar""",
      company="Hoteles Brisamar", contact="carmen.ruiz@brisamar-hoteles.example.es"),
    M(MI, "fr_absence_visio", "fr", "Claire Dubois <claire.dubois@residences-celeste.example.fr>", "Entretien de ce jour",
      """Bonjour Marcus,

Nous vous avons attendu ce matin sur le lien Teams pour notre entretien de 14h30, sans nouvelles de votre part. J'espère que tout va bien.

Si vous êtes toujours intéressé par le poste, merci de me recontacter afin que nous puissions convenir d'un nouveau créneau.

Cordialement,
Claire Dubois
Résidences Céleste""",
      company="Résidences Céleste", contact="claire.dubois@residences-celeste.example.fr"),
    M(MI, "de_nicht_erschienen", "de", "Johanna Schmid <bewerbung@isarwerk-fm.example.de>", "Ihr heutiger Termin",
      """Sehr geehrter Herr Delacroix-Whitfield,

zu unserem heutigen Vorstellungsgespräch um 14:00 Uhr sind Sie leider nicht erschienen. Wir haben Sie auch telefonisch nicht erreicht.

Falls Sie weiterhin Interesse an der Position haben, melden Sie sich bitte bis Freitag bei uns.

Mit freundlichen Grüßen
Johanna Schmid
Isarwerk Facility Management GmbH""",
      company="Isarwerk Facility Management", contact="bewerbung@isarwerk-fm.example.de", charset="iso-8859-1"),

    # ---------------- application received ----------------
    M(AR, "workday_received", "en", "Stonebridge Realty Trust <stonebridge@myworkday.com>", "Thank you for applying!",
      """Dear Marcus,

Thank you for applying to the Facilities Manager (R-20417) position at Stonebridge Realty Trust. We have received your application and our team will review your qualifications.

Due to the volume of applications we receive, we cannot respond to every applicant individually. If your experience matches our needs, a member of our recruiting team will contact you.

You can check the status of your application at any time in your candidate home.

Stonebridge Realty Trust Talent Acquisition""",
      company="Stonebridge Realty Trust", contact="", fmt="html", track="stonebridge.wd5.myworkdayjobs.com", logo_alt="Stonebridge"),
    M(AR, "greenhouse_thanks", "en", "Lantern Live Events <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Lantern Live Events!",
      """Hi Marcus,

Thanks for your interest in Lantern Live Events! We've received your application for Event Operations Manager and our team is reviewing it now.

If your background looks like a fit, someone will reach out about next steps. In the meantime, check out what we've been up to: https://lanternlive.example.com/work

Cheers,
The Lantern Live Talent Team""",
      company="Lantern Live Events", contact="", fmt="alt", track="click.greenhouse.io"),
    M(AR, "icims_no_individual_feedback", "en", "Cascade Valley Health Careers <careers@talent.icims.com>", "Application Received - Environmental Services Manager",
      """Dear Marcus,

Thank you for your application for Environmental Services Manager (Req 2026-4411) at Cascade Valley Health. This message confirms we have received it.

Our recruiters review every application carefully. Unfortunately we are unable to provide individual feedback at this stage, but if you are selected for an interview you will be contacted by phone or email.

Thank you for considering a career with us.

Cascade Valley Health Talent Acquisition
*** This is an automated message. Please do not reply. ***""",
      company="Cascade Valley Health", contact="", fmt="html"),
    M(AR, "lever_received_casual", "en", "Roomly <no-reply@hire.lever.co>", "Roomly — we got your application",
      """Hey Marcus,

Thanks for applying to be our Workplace Experience Lead! Just a quick note to say your application landed safely.

We read every application (really — humans, not robots), and we'll be in touch within two weeks either way.

— The Roomly team""",
      company="Roomly", contact="", fmt="alt", track="jobs.lever.co"),
    M(AR, "ukg_ultipro_odd_format", "en", "Hollis & Reed Careers <donotreply@ultipro.com>", "Application Confirmation",
      """Marcus,
   Thank you for your interest in employment with Hollis & Reed.   We have received your application for the following position:

   JOB TITLE:   Regional Loss Prevention & Facilities Manager
   REQUISITION:   HOLLI003214
   LOCATION:   Boston, MA

We will review your qualifications and contact you if there is a match.
Thank you,
Hollis & Reed Human Resources""",
      company="Hollis & Reed", contact="", charset="windows-1252"),
    M(AR, "taleo_received_cruise", "en", "Tidewater Cruise Line <tidewater@taleo.net>", "Tidewater Cruise Line - Application Received",
      """Dear Marcus ,

Thank you for your interest in Tidewater Cruise Line . This e-mail confirms that your application for Hotel Operations Manager (Fleet) - 2600391 has been received .

Please note that due to the high volume of applications, only candidates selected for further consideration will be contacted.

Sincerely,
Tidewater Cruise Line Shoreside Talent Team""",
      company="Tidewater Cruise Line", contact="", charset="windows-1252", cte="quoted-printable"),
    M(AR, "paylocity_received_distributor", "en", "Greenfield Provisions <noreply@paylocity.com>", "We received your application",
      """Hello Marcus Delacroix-Whitfield,

Greenfield Provisions has received your application for Warehouse Operations Manager - Denver.

Your application will be reviewed by the hiring team. Please do not reply to this email.

Powered by Paylocity""",
      company="Greenfield Provisions", contact="", fmt="html"),
    M(AR, "adp_received_venue", "en", "Lakefront Pavilion Careers <SecurityServices_NoReply@adp.com>", "Lakefront Pavilion - Application Confirmation",
      """Thank you for applying to Lakefront Pavilion!

We've received your application for Guest Services Manager and it's currently being reviewed by our team. If your qualifications meet our needs, we will contact you to discuss next steps.

We appreciate your interest in Lakefront Pavilion.""",
      company="Lakefront Pavilion", contact="", fmt="html", track="workforcenow.adp.com"),
    M(AR, "jazzhr_received_saas", "en", "Tessellate <notifications@applytojob.com>", "Thanks for applying, Marcus",
      """Hi Marcus,

Thank you for your interest in the Customer Operations Manager role at Tessellate. We have received your application!

What happens next: our team reviews applications on a rolling basis. Unfortunately we cannot reply to every applicant, but we will get in touch if there's a match.

Best,
Tessellate People Team""",
      company="Tessellate", contact="", fmt="alt"),
    M(AR, "city_neogov_received", "en", "City of Port Alden <noreply@governmentjobs.com>", "Application Received: Special Events Coordinator",
      """Marcus Delacroix-Whitfield,

Thank you for applying for Special Events Coordinator with City of Port Alden. Your application was received on 02/11/2026 at 11:42 PM Pacific.

The hiring process may take several weeks. Application status updates will be posted to your account.

City of Port Alden Human Resources""",
      company="City of Port Alden", contact="", fmt="alt"),
    M(AR, "human_recruiter_ack_uk", "en", "Priya Shah <priya.shah@thamesgatehousing.example.org.uk>", "Re: Estates & Facilities Officer application",
      """Hi Marcus,

Thanks for sending this through — I can confirm we've received your application and supporting statement. Shortlisting will take place w/c 13 April and we'll let all applicants know the outcome after that.

Kind regards,
Priya Shah
Recruitment Advisor
Thamesgate Housing Association""",
      company="Thamesgate Housing Association", contact="priya.shah@thamesgatehousing.example.org.uk",
      quote=("gmail", "Marcus Delacroix-Whitfield", MARCUS, "Dear Priya,\n\nPlease find attached my application form and supporting statement for the Estates & Facilities Officer role.\n\nKind regards,\nMarcus")),
    M(AR, "smartrecruiters_received_mx_owned", "en", "Grupo Hotelero Solaris <no-reply@smartrecruiters.com>", "We've received your application - Resort Services Director (Miami)",
      """Dear Marcus,

Thank you for applying for Resort Services Director (Miami) at Grupo Hotelero Solaris.

We have received your application and will review it carefully. Our recruiters will contact you if your profile fits the role. Please note that this may take up to four weeks.

Best regards,
Grupo Hotelero Solaris Talent Team""",
      company="Grupo Hotelero Solaris", contact="", fmt="html", track="jobs.smartrecruiters.com"),
    M(AR, "es_recibido_gracias", "es", "Empleo Hoteles Brisamar <empleo@brisamar-hoteles.example.es>", "Hemos recibido tu candidatura",
      """Hola Marcus,

¡Gracias por tu interés en Hoteles Brisamar! Te confirmamos que hemos recibido tu candidatura para Jefe/a de Mantenimiento (Madrid).

Revisaremos tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al elevado número de candidaturas, no podemos responder individualmente a cada persona.

Un saludo,
Equipo de Selección
Hoteles Brisamar""",
      company="Hoteles Brisamar", contact="empleo@brisamar-hoteles.example.es", charset="iso-8859-1"),
    M(AR, "es_acuse_formal_mx", "es", "Hospital San Rafael RH <rh@hospitalsanrafael.example.mx>", "Acuse de recibo - Vacante Jefe de Servicios Generales",
      """Estimado(a) candidato(a):

Por medio del presente le confirmamos la recepción de su solicitud para la vacante de Jefe de Servicios Generales. En caso de que su perfil sea seleccionado, nos comunicaremos con usted para programar una entrevista.

Lamentablemente no nos es posible dar retroalimentación individual a todos los postulantes.

Atentamente,
Recursos Humanos
Hospital San Rafael""",
      company="Hospital San Rafael", contact="rh@hospitalsanrafael.example.mx"),
    M(AR, "es_workday_recibido", "es", "Logística Cordillera <cordillera@myworkday.com>", "Confirmación de solicitud",
      """Hola Marcus:

Gracias por postularte al puesto Coordinador de Almacén (R-3310). Recibimos tu solicitud correctamente.

Puedes revisar el estado de tu postulación en cualquier momento desde tu perfil de candidato.

Saludos,
Adquisición de Talento - Logística Cordillera""",
      company="Logística Cordillera", contact="", fmt="html", track="cordillera.wd3.myworkdayjobs.com"),
    M(AR, "fr_accuse_reception", "fr", "Bâtisse Services <noreply@batisse-services.example.fr>", "Accusé de réception de votre candidature",
      """Bonjour Marcus Delacroix-Whitfield,

Nous accusons bonne réception de votre candidature au poste de Responsable Achats FM (réf. BS-2026-114) et vous en remercions.

Votre dossier est en cours d'étude. En raison du grand nombre de candidatures, seules les personnes dont le profil sera retenu seront contactées.

L'équipe Recrutement
Bâtisse Services

Merci de ne pas répondre à ce message automatique.""",
      company="Bâtisse Services", contact="", fmt="alt"),
    M(AR, "fr_welcome_jungle_ack", "fr", "Groupe Hôtelier Lumière <no-reply@welcometothejungle.com>", "Candidature envoyée : Directeur d'exploitation (H/F)",
      """Bonjour Marcus,

Ta candidature pour le poste Directeur d'exploitation (H/F) chez Groupe Hôtelier Lumière a bien été transmise !

L'entreprise reviendra vers toi directement si ton profil l'intéresse. En attendant, tu peux suivre l'avancement de ta candidature depuis ton espace.

À très vite,
L'équipe Welcome to the Jungle""",
      company="Groupe Hôtelier Lumière", contact="", fmt="html", track="www.welcometothejungle.com"),
    M(AR, "fr_suisse_accuse", "fr", "Lac Léman Palace Ressources Humaines <rh@lacleman-palace.example.ch>", "Votre candidature",
      """Monsieur,

Nous accusons réception de votre dossier de candidature pour le poste de Responsable Facility & Services et vous remercions de l'intérêt porté à notre établissement.

Nous examinerons votre candidature avec attention et reviendrons vers vous dans les meilleurs délais.

Avec nos meilleures salutations,
Ressources Humaines
Lac Léman Palace, Genève""",
      company="Lac Léman Palace", contact="rh@lacleman-palace.example.ch", charset="iso-8859-1"),
    M(AR, "de_eingangsbestaetigung", "de", "Alpenblick Hotels Karriere <noreply@alpenblick-hotels.example.de>", "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrter Herr Delacroix-Whitfield,

vielen Dank für Ihre Bewerbung als Leitung Hauswirtschaft & Technik (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Bitte haben Sie Verständnis, dass wir Ihnen bis dahin keine Zwischenstände mitteilen können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Alpenblick Hotels""",
      company="Alpenblick Hotels", contact="", fmt="alt"),
    M(AR, "de_stepstone_weitergeleitet", "de", "Mainkai Logistik <no-reply@mainkai-logistik.jobs.personio.de>", "Deine Bewerbung ist bei uns angekommen",
      """Hallo Marcus,

vielen Dank für deine Bewerbung als Supply Chain Koordinator (m/w/d)! Deine Unterlagen sind bei uns eingegangen und landen jetzt bei Lena aus dem People Team.

Wir melden uns so schnell wie möglich – meistens innerhalb von 10 Tagen.

Viele Grüße
Dein Mainkai Logistik Team""",
      company="Mainkai Logistik", contact="", fmt="html"),

    # ---------------- offers ----------------
    M(OF, "verbal_offer_followup", "en", "Andrea Novak <anovak@corvane.example.com>", "Offer - Regional Facilities Manager",
      """Hi Marcus,

It was great talking with you this afternoon! As promised, here's a summary of the verbal offer while our HR team finalizes the formal letter:

- Title: Regional Facilities Manager, Midwest
- Base salary: $112,000
- Target bonus: 10%
- Start date: on or around July 13

The formal offer letter will come through DocuSign tomorrow. Let me know if you have any questions in the meantime — we're really excited about this.

Andrea Novak
Director, Talent Acquisition | Corvane Facility Services
(312) 555-0108""",
      company="Corvane Facility Services", contact="anovak@corvane.example.com"),
    M(OF, "offer_letter_attached_hospital", "en", "Olivia Hart <ohart@stbrigid.example.org>", "Offer of Employment - Support Services Manager",
      """Dear Marcus,

On behalf of St. Brigid Medical Center, I am pleased to offer you the position of Support Services Manager. Your offer letter is attached, outlining compensation, benefits and the start date.

This offer is contingent upon successful completion of a background check, drug screen and verification of references. Please sign and return the letter by Friday, April 17.

Congratulations — we look forward to welcoming you.

Olivia Hart
Talent Acquisition Partner
St. Brigid Medical Center""",
      company="St. Brigid Medical Center", contact="ohart@stbrigid.example.org", attach="StBrigid_Offer_Letter_Delacroix-Whitfield.pdf", fmt="alt"),
    M(OF, "agency_offer_excited", "en", "Brianna Cole <brianna@keelcompass.example.com>", "YOU GOT IT!!!!",
      """MARCUS!!!

Larkspur just called — they want to offer you the Director of Facilities role!!! 🎉🎉 $128K base + 15% bonus + relocation. Formal offer coming from their HR in the next day or two.

Call me when you can, I want to walk you through the details and talk start dates!

Brianna
Keel & Compass Partners
c. 305-555-0177""",
      company="Larkspur Hospitality Group", contact="brianna@keelcompass.example.com"),
    M(OF, "conditional_offer_city", "en", "Metro Atlanta County HR <hrrecruit@metroatlantacounty.example.gov>", "Conditional Offer of Employment - Purchasing Agent II",
      """Dear Mr. Delacroix-Whitfield,

We are pleased to extend to you a conditional offer of employment for the position of Purchasing Agent II, Department of Procurement, at an annual salary of $71,240.

This offer is conditional upon satisfactory completion of a criminal background check and pre-employment drug screening. Please complete the attached forms and schedule your screening within five (5) business days.

Sincerely,
Teresa Wallace
Employment Manager
Metro Atlanta County Department of Human Resources""",
      company="Metro Atlanta County", contact="hrrecruit@metroatlantacounty.example.gov", attach="Conditional_Offer_PA-II.pdf", charset="windows-1252"),
    M(OF, "docusign_contract_saas", "en", "Noor Haddad <noor@fieldnote.example.io>", "Your Fieldnote offer 🎉",
      """Hi Marcus!

So happy to share that we'd like you to join Fieldnote as Customer Operations Lead now that the role is back open. I've just sent the offer letter via DocuSign — it covers salary ($98k), equity, and benefits.

Take a couple of days to look it over and ping me with any questions. We'd love a decision by next Wednesday if possible.

Noor
Fieldnote | People Ops""",
      company="Fieldnote", contact="noor@fieldnote.example.io", fmt="alt"),
    M(OF, "irish_offer_formal", "en", "Ciara Doyle <ciara.doyle@liffeyhotels.example.ie>", "Re: Operations Manager - Dublin",
      """Hi Marcus,

Following on from our call, I'm delighted to confirm that we'd like to offer you the role of Deputy Operations Manager at Liffey Quay Hotels. The contract of employment is attached — please review, sign, and return it by the 30th.

Any questions, just give me a shout.

Kind regards,
Ciara Doyle
HR Business Partner
Liffey Quay Hotels""",
      company="Liffey Quay Hotels", contact="ciara.doyle@liffeyhotels.example.ie", attach="LQH_Contract_of_Employment.pdf",
      quote=("outlook", "Marcus Delacroix-Whitfield", MARCUS, "Hi Ciara,\n\nThank you for letting me know, and for keeping me in mind for the deputy role.\n\nBest,\nMarcus"),
      quote_subject="Operations Manager - Dublin"),
    M(OF, "es_oferta_formal", "es", "Gabriela Méndez <seleccion@logisticacordillera.example.mx>", "Carta oferta - Coordinador de Almacén",
      """Estimado Marcus:

Es un gusto comunicarle que ha sido seleccionado para ocupar la posición de Coordinador de Almacén en Logística Cordillera. Adjuntamos la carta oferta con las condiciones económicas y prestaciones.

Le pedimos nos haga llegar la carta firmada a más tardar el viernes 2 de octubre, así como la documentación para su contratación.

¡Bienvenido al equipo!

Gabriela Méndez
Selección de Personal
Logística Cordillera""",
      company="Logística Cordillera", contact="seleccion@logisticacordillera.example.mx", attach="Carta_Oferta_MDW.pdf"),
    M(OF, "es_oferta_informal", "es", "Álvaro Prieto <alvaro@espaciosnomada.example.es>", "Propuesta",
      """¡Hola Marcus!

Te escribo con buenas noticias: se ha abierto la plaza de Operations Manager en nuestro espacio de Barcelona y nos encantaría que te unieras. La propuesta sería 48.000 € brutos anuales más variable, con incorporación en septiembre.

Te mando el contrato esta semana. ¿Hablamos mañana por teléfono y te cuento todo?

Un abrazo,
Álvaro
Espacios Nómada""",
      company="Espacios Nómada", contact="alvaro@espaciosnomada.example.es"),
    M(OF, "fr_promesse_embauche", "fr", "Claire Dubois <claire.dubois@residences-celeste.example.fr>", "Proposition d'embauche",
      """Bonjour Marcus,

Suite à vos entretiens, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Responsable des services généraux, en CDI, à compter du 1er juin.

Vous trouverez ci-joint notre promesse d'embauche détaillant la rémunération (58 k€ bruts annuels) et les avantages. Merci de nous la retourner signée sous huit jours.

Au plaisir de vous accueillir parmi nous,
Claire Dubois
Résidences Céleste""",
      company="Résidences Céleste", contact="claire.dubois@residences-celeste.example.fr", attach="Promesse_embauche_Delacroix-Whitfield.pdf", charset="windows-1252"),
    M(OF, "de_vertragsangebot", "de", "Tim Kessler <tim.kessler@frankfurter-eventhaus.example.de>", "Dein Vertragsangebot",
      """Hallo Marcus,

wir freuen uns riesig: Wir möchten dich gerne als Event Operations Manager bei uns im Team haben! Im Anhang findest du unser Vertragsangebot (65.000 € brutto p.a., 30 Urlaubstage, Start 1. Oktober).

Schau es dir in Ruhe an und gib uns bis Ende nächster Woche Bescheid.

Viele Grüße
Tim Kessler
Frankfurter Eventhaus""",
      company="Frankfurter Eventhaus", contact="tim.kessler@frankfurter-eventhaus.example.de", attach="Arbeitsvertrag_Entwurf.pdf"),
]
