"""Interview invitations, reschedules/cancellations, missed-interview notices (and one
interview cancelled because the role froze, labelled rejection) for the
eighty-eighth corpus (data only; see make_eightyeighth.py)."""

from msgs88_base import m, quoted

IV = "interview_invitation"
R = "rejection"
RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"

MESSAGES = [
    # ---- invitations -------------------------------------------------------------------
    m(IV, "calendly_chasseur", "fr",
      "Bastien Morel <bastien.morel@cap-ouest-rh.example.fr>",
      "Poste DPO - groupe de transport - échange ?",
      """Bonjour Mathis,

Merci pour votre candidature sur le poste de DPO pour un grand groupe de transport public (mandat confidentiel). Votre parcours en conformité bancaire m'intéresse beaucoup.

Seriez-vous disponible pour un premier échange téléphonique de 30 min cette semaine ? Vous pouvez réserver directement un créneau ici : https://calendly.com/bastien-morel-capouest/30min

A très vite,
Bastien Morel
Consultant Senior - Cap Ouest RH
06 70 11 29 84""",
      company="Cap Ouest RH", contact="bastien.morel@cap-ouest-rh.example.fr",
      date="2026-02-05 18:10 +0100"),

    m(IV, "goodtime_scaleup_en", "en",
      "Orbitale Recruiting <scheduling@goodtime.io>",
      "Orbitale - Schedule your interview for Privacy Program Manager",
      """Hi Mathis,

Great news - the Orbitale team would like to move you to the next stage for the Privacy Program Manager role!

The next step is a 45-minute video interview with Anneke Visser (Head of Privacy). Please pick a time that works for you using the link below:

https://app.goodtime.io/schedule/orbitale/a9f31c

If none of the times work, reply to this email and Sofia from our recruiting team will help.

Thanks,
Orbitale Recruiting""",
      company="Orbitale", contact="sofia.lindqvist@orbitale.example.com",
      reply_to="Sofia Lindqvist <sofia.lindqvist@orbitale.example.com>", fmt="alt",
      date="2026-04-28 14:00 +0200"),

    m(IV, "teams_ics_banque", "fr",
      "Caroline Duvernoy <caroline.duvernoy@banque-saint-olive.example.fr>",
      "Entretien - Responsable Conformité LCB-FT",
      """Bonjour Monsieur Ouedraogo-Laurent,

Suite à notre échange téléphonique, je vous confirme votre entretien avec M. Laurent Bessières, Directeur de la Conformité, le mardi 3 mars 2026 à 14h30 en visio (Microsoft Teams).

Vous trouverez l'invitation Teams ci-jointe. L'entretien durera environ une heure ; une courte mise en situation sur un dossier d'alerte LCB-FT vous sera proposée.

Je reste à votre disposition pour toute question.

Cordialement,

Caroline Duvernoy
Chargée de recrutement
Banque Saint-Olive
01 44 55 66 77""",
      company="Banque Saint-Olive", contact="caroline.duvernoy@banque-saint-olive.example.fr",
      ics={"uid": "bso-20260303-1430@banque-saint-olive.example.fr",
           "start": "20260303T133000Z", "end": "20260303T143000Z",
           "summary": "Entretien M. Ouedraogo-Laurent / L. Bessières",
           "organizer": "caroline.duvernoy@banque-saint-olive.example.fr",
           "cn": "Caroline Duvernoy", "location": "Microsoft Teams"},
      date="2026-02-20 12:56 +0100"),

    m(IV, "quick_chat_hm_mobile", "en",
      "Daniel Osei <daniel.osei@fernhill-capital.example.com>",
      "Quick question",
      """Hi Mathis, saw your application for the risk role. Would you be free for a quick chat thursday or friday? 20 mins is fine. My cell is +44 7700 900123.

Dan

Sent from my iPhone""",
      company="Fernhill Capital", contact="daniel.osei@fernhill-capital.example.com",
      date="2026-03-04 21:47 +0000"),

    m(IV, "workday_self_schedule_de", "de",
      "Bayerische Energiewerke <bayernenergie@myworkday.com>",
      "Einladung zum Interview - Referent Compliance & Datenschutz (m/w/d)",
      """Hallo Mathis Ouedraogo-Laurent,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem ersten Video-Interview einzuladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus. Die angebotenen Termine sind bis zum 20.04.2026 gültig.

https://wd3.myworkday.com/bayernenergie/d/inst/interview-scheduling/3321

Bei Rückfragen wenden Sie sich bitte an unser Recruiting-Team.

Mit freundlichen Grüßen
Bayerische Energiewerke
Talent Acquisition""",
      company="Bayerische Energiewerke", fmt="html", cte="qp",
      date="2026-04-08 10:00 +0200"),

    m(IV, "next_round_panel_fr", "fr",
      "Nadia Benhamou <nadia.benhamou@aerotrans-lyon.example.fr>",
      "Re: Juriste Conformité & Protection des données",
      """Bonjour Mathis,

Bonne nouvelle : suite à votre premier entretien avec Eric, nous souhaiterions vous rencontrer pour un second entretien, cette fois en présentiel à l'aéroport (bâtiment administratif, 3e étage), avec un panel composé de la Directrice juridique, du RSSI et de moi-même.

Nous vous demanderons de préparer une courte présentation orale (10 min) sur la mise en conformité d'un traitement de vidéosurveillance.

Pourriez-vous m'indiquer vos disponibilités sur les 14, 15 ou 17 avril ?

Merci et belle journée,
Nadia

Nadia Benhamou
Responsable Recrutement & Mobilité
Aéroports Lyon Trans
Tél. : 04 26 00 00 41""",
      company="Aéroports Lyon Trans", contact="nadia.benhamou@aerotrans-lyon.example.fr",
      thread="Juriste Conformité & Protection des données", fmt="alt",
      quote=quoted("fr", "Mathis Ouedraogo-Laurent <mathis.ol@example.fr>",
                   "lun. 30 mars 2026 à 11:20",
                   "Bonjour Nadia,\nJe me permets de revenir vers vous concernant mon entretien avec Eric la semaine dernière.\nBien cordialement,\nMathis"),
      date="2026-03-31 09:02 +0200"),

    m(IV, "agency_exclamation_en", "en",
      "Chloe Barnes <chloe@redkite-talent.example.co.uk>",
      "Interview with Pellworth Insurance!!",
      """Hi Mathis!!

Amazing news - Pellworth Insurance LOVED your CV and want to meet you!! :)

They've offered a first stage Teams call with their Head of Internal Audit on either Tuesday 12th May at 10am or Wednesday 13th at 3pm (UK time). Can you let me know ASAP which works best so I can lock it in?

I'll send over some prep notes beforehand!

Speak soon!!
Chloe

Chloe Barnes | Senior Recruitment Consultant
Red Kite Talent | Risk, Audit & Compliance
07911 123456""",
      company="Pellworth Insurance", contact="chloe@redkite-talent.example.co.uk",
      date="2026-05-07 11:20 +0100"),

    m(IV, "greenhouse_ics_tech", "en",
      "Quillstack via Greenhouse <no-reply@us.greenhouse-mail.io>",
      "Interview Confirmation: Legal Operations Lead at Quillstack",
      """Hi Mathis,

Your interview for Legal Operations Lead at Quillstack has been scheduled. Details below.

Thursday, May 21, 2026
10:00 AM - 11:00 AM CEST
Google Meet: https://meet.google.com/xqz-hbrt-pmw

Interviewers: Maya Goldberg (General Counsel), Ravi Nair (Legal Ops Engineer)

Please reply to this email if you need to make any changes.

Best,
Ines Carvalho
Recruiting Coordinator, Quillstack""",
      company="Quillstack", contact="ines.carvalho@quillstack.example.com",
      reply_to="Ines Carvalho <ines.carvalho@quillstack.example.com>",
      ics={"uid": "gh-interview-8812734@greenhouse.io", "start": "20260521T080000Z",
           "end": "20260521T090000Z", "summary": "Interview: Mathis Ouedraogo-Laurent - Legal Operations Lead",
           "organizer": "ines.carvalho@quillstack.example.com", "cn": "Ines Carvalho",
           "location": "https://meet.google.com/xqz-hbrt-pmw"},
      date="2026-05-12 16:02 +0200"),

    m(IV, "entretien_associe_cabinet", "fr",
      "Pierre-Alexandre Guého <pa.gueho@gueho-lemaire.example.fr>",
      "Rencontre",
      """Cher Monsieur,

J'ai bien reçu votre candidature transmise par Mme Lefort. Je vous propose de nous rencontrer au cabinet mercredi 22 avril à 18h30, 45 avenue Hoche (code 4521B, 2e étage).

Merci de me confirmer.

Bien à vous,

Pierre-Alexandre Guého
Associé
GUÉHO LEMAIRE - Avocats au Barreau de Paris
Tél. : +33 1 53 00 00 00

Ce message est confidentiel et couvert par le secret professionnel.""",
      company="Guého Lemaire", contact="pa.gueho@gueho-lemaire.example.fr",
      charset="iso-8859-1", cte="qp",
      date="2026-04-14 20:15 +0200"),

    m(IV, "spanish_entrevista_teams", "es",
      "Marta Ruiz Calvo <marta.ruiz@energias-levante.example.es>",
      "Entrevista - Analista de Riesgos ESG",
      """Buenos días Mathis,

Gracias por tu interés en Energías de Levante. Nos gustaría conocerte en una primera entrevista por Teams con el equipo de Sostenibilidad.

¿Te vendría bien el martes 5 de mayo a las 10:00 o el miércoles 6 a las 16:30 (hora de Madrid)?

Quedo atenta a tu respuesta.

Un saludo,
Marta Ruiz Calvo
Técnico de Selección · Energías de Levante
Tel. 963 00 00 00""",
      company="Energías de Levante", contact="marta.ruiz@energias-levante.example.es",
      date="2026-04-29 10:30 +0200"),

    m(IV, "apec_style_directeur_visio", "fr",
      "Sophie Garnier-Lenoir <s.garnier@biomedix-pharma.example.fr>",
      "Votre candidature - Responsable Audit Interne",
      """Monsieur,

Votre candidature a retenu toute notre attention. Nous vous proposons un entretien en visio (Zoom) avec notre Directeur Administratif et Financier, M. Charles Vidal.

Voici le lien de réservation pour choisir votre créneau : https://biomedix.flatchr.io/agenda/rdv-daf-7731

Nous vous remercions de bien vouloir vous munir d'une pièce d'identité et, pour la suite du processus, de votre titre de séjour ou permis de travail le cas échéant.

Cordialement,
Sophie Garnier-Lenoir
Talent Acquisition Manager
Biomedix Pharma""",
      company="Biomedix Pharma", contact="s.garnier@biomedix-pharma.example.fr", fmt="alt", cte="qp",
      date="2026-06-02 09:15 +0200"),

    m(IV, "ashby_loop_en_finnish", "en",
      "Revontuli Systems <no-reply@ashbyhq.com>",
      "Next steps with Revontuli Systems",
      """Hi Mathis,

Thanks for your time with Aino last week! We'd love to invite you to the final interview loop for the Data Protection Counsel role.

The loop is three 45-minute sessions on Zoom (Helsinki time): a case discussion, a session with our CISO and a values interview with our CEO.

Please share your availability for the week of June 8 here: https://app.ashbyhq.com/availability/revontuli/4e1c7b

Kiitos!
Revontuli Systems Talent Team""",
      company="Revontuli Systems", fmt="alt",
      date="2026-05-29 13:00 +0300"),

    m(IV, "quebec_entrevue_tu", "fr",
      "Marc-Antoine Gagnon <magagnon@hydro-nordique.example.ca>",
      "Entrevue - Conseiller gouvernance des données",
      """Salut Mathis,

Ta candidature a retenu notre attention! On aimerait te rencontrer en entrevue virtuelle (Teams) avec Julie, la cheffe d'équipe. Serais-tu disponible jeudi 11 juin en après-midi, heure de Montréal?

Au plaisir,
Marc-Antoine Gagnon
Conseiller principal, acquisition de talents
Hydro Nordique
514 555-0199""",
      company="Hydro Nordique", contact="magagnon@hydro-nordique.example.ca",
      date="2026-06-04 10:12 -0400"),

    m(IV, "german_onsite_casual", "de",
      "Jonas Feldmann <jonas.feldmann@alpspitz-ventures.example.de>",
      "Kennenlernen?",
      """Hi Mathis,

danke für deine Bewerbung als Legal & Compliance Manager! Wir würden dich gern kennenlernen - hättest du nächste Woche Zeit für einen Call (30 Min, Google Meet)? Dienstag oder Mittwoch Nachmittag würde bei uns gut passen.

Beste Grüße
Jonas
Co-Founder & COO
Alpspitz Ventures""",
      company="Alpspitz Ventures", contact="jonas.feldmann@alpspitz-ventures.example.de"),

    m(IV, "references_casier_step", "fr",
      "Aurélie Chastang <aurelie.chastang@mutuelle-garonne.example.fr>",
      "Prochaine étape - Responsable Conformité & Contrôle interne",
      """Bonjour Mathis,

Suite à vos deux entretiens, nous avons le plaisir de vous convier à un dernier entretien avec notre Directeur Général, M. Thierry Cazenave, le lundi 29 juin à 10h au siège de Bordeaux (32 quai des Chartrons).

En parallèle, pourriez-vous me transmettre les coordonnées de deux références professionnelles ainsi qu'un extrait de casier judiciaire (bulletin n°3) de moins de trois mois ? Ces éléments sont requis pour les fonctions clés au sens de Solvabilité II.

Bien cordialement,
Aurélie Chastang
Responsable RH
Mutuelle Garonne""",
      company="Mutuelle Garonne", contact="aurelie.chastang@mutuelle-garonne.example.fr",
      fmt="alt",
      date="2026-06-16 17:20 +0200"),

    m(IV, "italian_owned_en", "en",
      "Giulia Ferraro <giulia.ferraro@ferraro-luxury.example.it>",
      "Interview - Compliance Manager Paris",
      """Dear Mathis,

Thank you for your application for the Compliance Manager position at our Paris boutique headquarters.

We are pleased to invite you for an interview with our Legal Director, Dott. Marco Bellini, and myself. The interview will take place on Tuesday 7th July at 11:00 at Rue Saint-Honoré 221, or via Zoom if you prefer.

Kindly confirm your attendance at your earliest convenience.

Best regards,
Giulia Ferraro
HR Business Partner
Casa Ferraro Milano""",
      company="Casa Ferraro Milano", contact="giulia.ferraro@ferraro-luxury.example.it",
      date="2026-06-26 12:00 +0200"),

    m(IV, "smartrecruiters_phone_screen_fr", "fr",
      "Transalpes Rail <no-reply@smartrecruiters.com>",
      "Transalpes Rail : planifiez votre entretien téléphonique",
      """Bonjour Mathis,

Votre candidature au poste de Chargé(e) de conformité RGPD a été présélectionnée.

La prochaine étape est un entretien téléphonique d'environ 20 minutes avec un membre de notre équipe recrutement. Cliquez sur le lien ci-dessous pour choisir le créneau qui vous convient :

https://jobs.smartrecruiters.com/TransalpesRail/interview/8a2f1c

À bientôt,
L'équipe Recrutement Transalpes Rail""",
      company="Transalpes Rail", fmt="html"),

    m(IV, "brussels_institution_written_test", "en",
      "EU Agency for Digital Trust - Selection <selection@eudt-agency.example.eu>",
      "Invitation to written test and interview - TA AD6 Data Protection Officer",
      """Dear Candidate,

Following the evaluation of applications by the Selection Committee, we are pleased to inform you that you have been invited to the next phase of the selection procedure EUDT/TA/AD/2026/04.

The written test and interview will take place on 15 July 2026 at our premises in Brussels (Rue Montoyer 40). Detailed instructions are attached; please confirm your participation by 1 July using the form in the candidate portal.

Yours sincerely,
Selection Committee Secretariat
EU Agency for Digital Trust""",
      company="EU Agency for Digital Trust", attach="invitation_EUDT_TA_2026_04.pdf"),

    m(IV, "interim_agency_lille", "fr",
      "Kevin Lambrecht <k.lambrecht@interim-nordpas.example.fr>",
      "RDV",
      """Bonjour Mathis

jai un poste en interim de 6 mois assistant conformité chez un client assurance a Lille, ca peut t'interesser ? Je te propose qu'on se voit a l'agence jeudi a 9h pour en parler et faire le dossier. Tu me dis

Kevin
Interim Nord Pas - agence Lille Centre
03 20 00 00 00""",
      company="Interim Nord Pas", contact="k.lambrecht@interim-nordpas.example.fr",
      date="2026-02-16 17:02 +0100"),

    m(IV, "university_hiring_committee_es", "es",
      "Prof. Álvaro Benítez <abenitez@universidad-castilla.example.es>",
      "Entrevista - Técnico de Protección de Datos",
      """Estimado Sr. Ouedraogo-Laurent:

En nombre de la comisión de selección, tengo el gusto de convocarle a la entrevista personal para la plaza de Técnico de Protección de Datos, que tendrá lugar el jueves 16 de julio a las 12:00 en el Rectorado (sala de juntas, planta 2).

Le ruego confirme su asistencia respondiendo a este correo.

Atentamente,
Álvaro Benítez
Secretario de la Comisión
Universidad de Castilla""",
      company="Universidad de Castilla", contact="abenitez@universidad-castilla.example.es",
      charset="iso-8859-1", cte="qp",
      date="2026-07-02 09:00 +0200"),

    m(IV, "recruitee_zoom_ics", "fr",
      "Juliette Anquetil <juliette@nuvolis.example.io>",
      "Invitation : Entretien Nuvolis x Mathis - mar. 8 sept. 2026 15:00 - 15:45",
      """Hello Mathis,

Comme convenu au téléphone, voici l'invitation pour ton entretien avec Thomas (notre Head of Legal). Lien Zoom dans l'invit.

Hâte d'échanger !
Juliette
Talent @ Nuvolis""",
      company="Nuvolis", contact="juliette@nuvolis.example.io",
      ics={"uid": "nuvolis-8sept-mol@nuvolis.example.io", "start": "20260908T130000Z",
           "end": "20260908T134500Z", "summary": "Entretien Nuvolis x Mathis",
           "organizer": "juliette@nuvolis.example.io", "cn": "Juliette Anquetil",
           "location": "https://zoom.us/j/8812345678"},
      date="2026-09-01 11:00 +0200"),

    m(IV, "lausanne_mise_en_situation", "fr",
      "Nicolas Perroud <nicolas.perroud@helvetia-gestion.example.ch>",
      "Candidature Compliance Officer - suite",
      """Bonjour Monsieur Ouedraogo-Laurent,

Nous vous remercions pour votre dossier. Nous souhaiterions vous rencontrer dans nos bureaux de Lausanne pour un entretien suivi d'une mise en situation (analyse d'un dossier KYC, env. 1h30).

Seriez-vous disponible le 17 ou le 18 septembre ? Pourriez-vous également nous indiquer si vous êtes au bénéfice d'un permis de travail suisse (permis B/G) ?

Avec nos meilleures salutations,
Nicolas Perroud
Responsable RH
Helvetia Gestion Privée""",
      company="Helvetia Gestion Privée", contact="nicolas.perroud@helvetia-gestion.example.ch",
      charset="windows-1252", cte="qp"),

    m(IV, "taiwan_owned_en", "en",
      "Vivian Lin <vivian.lin@formosa-semicon.example.tw>",
      "Interview arrangement - EU Compliance Specialist",
      """Dear Mathis,

Thank you for applying the EU Compliance Specialist position at Formosa Semicon Europe. Our hiring manager would like to arrange a video interview with you.

Please let us know your available time slots during 5-9 October (Taipei time morning is preferred, which is early morning in Paris, sorry for the inconvenience).

Best Regards,
Vivian Lin
HR Department
Formosa Semicon Co.
TEL: +886-3-567-8910""",
      company="Formosa Semicon", contact="vivian.lin@formosa-semicon.example.tw",
      date="2026-09-28 09:05 +0800"),

    m(IV, "jobup_geneva_case_study", "fr",
      "Léa Baud <lea.baud@fondation-leman.example.ch>",
      "Convocation",
      """Bonjour Mathis,

Merci pour ton intérêt pour le poste de Responsable gestion des risques à la Fondation Léman. Nous te convions à un entretien le 1er octobre à 14h à Genève, précédé d'une étude de cas que tu recevras par mail 48h avant.

Peux-tu me confirmer ta présence ?

Meilleures salutations,
Léa Baud
Responsable administrative et RH
Fondation Léman pour l'enfance""",
      company="Fondation Léman pour l'enfance", contact="lea.baud@fondation-leman.example.ch",
      date="2026-09-15 08:40 +0200"),

    m(IV, "bamboohr_startup_en", "en",
      "Tidepool Analytics <notifications@app.bamboohr.com>",
      "Tidepool Analytics: let's talk!",
      """Hi Mathis,

Thanks for applying to the Risk & Compliance Lead opening at Tidepool Analytics. We'd like to set up a 30-minute phone screen with our Head of Finance, Owen Brady.

Please reply to this email with two or three times that work for you next week and Owen will call you.

Cheers,
Tidepool Analytics""",
      company="Tidepool Analytics", contact="owen.brady@tidepool.example.com",
      reply_to="Owen Brady <owen.brady@tidepool.example.com>", fmt="alt",
      date="2026-07-20 15:00 +0200"),

    # ---- reschedules / cancellations ---------------------------------------------------
    m(RS, "teams_cancel_ics", "fr",
      "Caroline Duvernoy <caroline.duvernoy@banque-saint-olive.example.fr>",
      "Annulé : Entretien M. Ouedraogo-Laurent / L. Bessières",
      """Bonjour Monsieur Ouedraogo-Laurent,

M. Bessières doit se rendre en urgence à un comité et ne pourra pas assurer l'entretien de demain 14h30. Je suis vraiment désolée de ce contretemps.

Je reviens vers vous dès aujourd'hui avec de nouvelles propositions de créneaux.

Cordialement,
Caroline Duvernoy
Banque Saint-Olive""",
      company="Banque Saint-Olive", contact="caroline.duvernoy@banque-saint-olive.example.fr",
      ics={"uid": "bso-20260303-1430@banque-saint-olive.example.fr", "method": "CANCEL",
           "start": "20260303T133000Z", "end": "20260303T143000Z", "sequence": 1,
           "summary": "Entretien M. Ouedraogo-Laurent / L. Bessières",
           "organizer": "caroline.duvernoy@banque-saint-olive.example.fr",
           "cn": "Caroline Duvernoy", "location": "Microsoft Teams"},
      date="2026-03-02 17:40 +0100"),

    m(RS, "move_to_afternoon_en", "en",
      "Ines Carvalho <ines.carvalho@quillstack.example.com>",
      "Re: Interview Confirmation: Legal Operations Lead at Quillstack",
      """Hi Mathis,

Apologies for the shuffle - Maya has a board call that's just been moved onto Thursday morning. Could we push your interview to the same day at 3pm CEST instead? If that doesn't work I can offer Friday 10am.

Thanks for your flexibility!
Ines""",
      company="Quillstack", contact="ines.carvalho@quillstack.example.com",
      thread="Interview Confirmation: Legal Operations Lead at Quillstack",
      quote=quoted("gmail", "Quillstack via Greenhouse <no-reply@us.greenhouse-mail.io>",
                   "Tue, May 12, 2026 at 4:02 PM",
                   "Hi Mathis,\nYour interview for Legal Operations Lead at Quillstack has been scheduled.\nThursday, May 21, 2026 10:00 AM - 11:00 AM CEST"),
      date="2026-05-18 09:15 +0200"),

    m(RS, "report_entretien_terse", "fr",
      "Eric Fauvel <eric.fauvel@aerotrans-lyon.example.fr>",
      "décalage",
      """Bonjour Mathis, je dois décaler notre entretien de mercredi, imprévu de dernière minute. Jeudi même heure ça vous irait ? Désolé.
Eric

Envoyé de mon iPhone""",
      company="Aéroports Lyon Trans", contact="eric.fauvel@aerotrans-lyon.example.fr",
      date="2026-03-23 07:45 +0100"),

    m(RS, "agency_client_postpone", "en",
      "Chloe Barnes <chloe@redkite-talent.example.co.uk>",
      "RE: Interview with Pellworth Insurance!!",
      """Hi Mathis,

So sorry but Pellworth have had to postpone tomorrow's interview - the hiring manager is off sick :( They've said they'll come back with new dates early next week. I'll chase them!!

Sorry again,
Chloe

Chloe Barnes | Senior Recruitment Consultant
Red Kite Talent""",
      company="Pellworth Insurance", contact="chloe@redkite-talent.example.co.uk",
      thread="Interview with Pellworth Insurance!!",
      quote=quoted("outlook", "Mathis Ouedraogo-Laurent <mathis.ol@example.fr>",
                   "08 May 2026 14:11", "Hi Chloe,\nTuesday 10am works perfectly. Thanks!\nMathis",
                   subject="RE: Interview with Pellworth Insurance!!", to="Chloe Barnes"),
      date="2026-05-11 16:05 +0100"),

    m(RS, "german_terminverschiebung", "de",
      "Sabine Hartmann <sabine.hartmann@bayernenergie.example.de>",
      "Terminverschiebung: Ihr Interview am 23.04.",
      """Sehr geehrter Herr Ouedraogo-Laurent,

leider müssen wir unser für Donnerstag, den 23.04., 10:00 Uhr geplantes Interview verschieben, da der Fachbereichsleiter kurzfristig verhindert ist.

Wäre Ihnen alternativ Montag, der 27.04., um 14:00 Uhr möglich? Der Teams-Link bleibt unverändert.

Mit freundlichen Grüßen
Sabine Hartmann
Talent Acquisition
Bayerische Energiewerke AG""",
      company="Bayerische Energiewerke", contact="sabine.hartmann@bayernenergie.example.de",
      fmt="alt", cte="qp",
      date="2026-04-21 08:30 +0200"),

    m(RS, "cabinet_annulation_audience", "fr",
      "Assistante de Me Guého <assistanat@gueho-lemaire.example.fr>",
      "Annulation rendez-vous du 22 avril",
      """Monsieur,

À la demande de Maître Guého, je me permets d'annuler votre rendez-vous prévu le mercredi 22 avril à 18h30. Maître Guého est retenu en audience et vous recontactera directement pour convenir d'une nouvelle date.

Avec nos excuses,

Isabelle Renaud
Assistante juridique
GUÉHO LEMAIRE - Avocats""",
      company="Guého Lemaire", contact="assistanat@gueho-lemaire.example.fr",
      date="2026-04-21 12:00 +0200"),

    m(RS, "calendly_cancel_notice", "fr",
      "Calendly <notifications@calendly.com>",
      "Annulé : Bastien Morel et Mathis Ouedraogo-Laurent à 10:00 le jeudi 12 février 2026",
      """Bonjour Mathis Ouedraogo-Laurent,

Bastien Morel a annulé l'événement ci-dessous.

Nom de l'événement : Échange 30 min - Cap Ouest RH
Date : 10:00 - 10:30, jeudi 12 février 2026 (heure d'Europe centrale)
Motif de l'annulation : "Désolé Mathis, un imprévu client. Je vous renvoie un lien pour la semaine prochaine."

Programmer à nouveau : https://calendly.com/bastien-morel-capouest/30min""",
      company="Cap Ouest RH", fmt="alt",
      date="2026-02-11 21:03 +0100"),

    m(RS, "spanish_aplazamiento", "es",
      "Marta Ruiz Calvo <marta.ruiz@energias-levante.example.es>",
      "RE: Entrevista - Analista de Riesgos ESG",
      """Hola Mathis,

Te pido disculpas, pero tenemos que cambiar la entrevista del martes. ¿Podríamos pasarla al jueves 7 a la misma hora? Si no te va bien, dime y buscamos otro hueco.

Un saludo,
Marta""",
      company="Energías de Levante", contact="marta.ruiz@energias-levante.example.es",
      thread="Entrevista - Analista de Riesgos ESG",
      quote=quoted("es", "Mathis Ouedraogo-Laurent (<mathis.ol@example.fr>)",
                   "jue, 30 abr 2026 a las 9:05",
                   "Hola Marta,\nEl martes 5 a las 10:00 me viene perfecto.\nGracias,\nMathis"),
      date="2026-04-30 12:44 +0200"),

    m(RS, "ashby_reschedule_notice", "en",
      "Revontuli Systems <no-reply@ashbyhq.com>",
      "Updated interview time - Revontuli Systems",
      """Hi Mathis,

Your interview with Revontuli Systems has been rescheduled.

Previous: Tuesday, June 9, 09:00 - 09:45 (EEST)
New: Wednesday, June 10, 10:00 - 10:45 (EEST)

Interviewer: Mikko Salonen (CISO)
Zoom link unchanged.

Revontuli Systems Talent Team""",
      company="Revontuli Systems", fmt="html",
      ics={"uid": "ashby-rev-55120@ashbyhq.com", "start": "20260610T070000Z",
           "end": "20260610T074500Z", "summary": "Revontuli Systems - Interview with Mikko Salonen",
           "organizer": "scheduling@ashbyhq.com", "cn": "Revontuli Systems", "sequence": 2,
           "location": "Zoom"},
      date="2026-06-05 10:00 +0300"),

    m(R, "hiring_freeze_cancel_interview", "en",
      "Daniel Osei <daniel.osei@fernhill-capital.example.com>",
      "Re: Quick question",
      """Mathis - really sorry, I need to cancel our chat on Friday. We've just been told headcount is frozen until Q3 so I can't run the process right now. Will reach out if it reopens.

Dan""",
      company="Fernhill Capital", contact="daniel.osei@fernhill-capital.example.com",
      thread="Quick question",
      date="2026-03-04 23:10 +0000"),

    m(RS, "mutuelle_dg_report", "fr",
      "Aurélie Chastang <aurelie.chastang@mutuelle-garonne.example.fr>",
      "RE: Prochaine étape - Responsable Conformité & Contrôle interne",
      """Bonjour Mathis,

Je suis contrainte de décaler votre entretien avec M. Cazenave, initialement prévu lundi 29 juin à 10h : il sera finalement à 16h le même jour, toujours au siège. Merci de me confirmer que cela vous convient.

Bien cordialement,
Aurélie Chastang
Responsable RH - Mutuelle Garonne""",
      company="Mutuelle Garonne", contact="aurelie.chastang@mutuelle-garonne.example.fr",
      thread="Prochaine étape - Responsable Conformité & Contrôle interne",
      quote=quoted("outlook_fr", "Mathis Ouedraogo-Laurent [mailto:mathis.ol@example.fr]",
                   "mercredi 17 juin 2026 09:12",
                   "Bonjour Aurélie,\nJe vous confirme ma présence lundi 29 juin à 10h, et vous transmets mes références dans la journée.\nBien cordialement,\nMathis",
                   subject="RE: Prochaine étape - Responsable Conformité & Contrôle interne",
                   to="Aurélie Chastang"),
      date="2026-06-18 10:02 +0200"),

    m(RS, "quebec_entrevue_deplacee", "fr",
      "Marc-Antoine Gagnon <magagnon@hydro-nordique.example.ca>",
      "Changement d'heure - entrevue jeudi",
      """Salut Mathis,

Petit changement : Julie a un conflit jeudi, on pourrait déplacer l'entrevue à vendredi 12 juin, 13h (heure de Montréal)? Même lien Teams.

Merci de me revenir!
Marc-Antoine""",
      company="Hydro Nordique", contact="magagnon@hydro-nordique.example.ca",
      date="2026-06-09 16:40 -0400"),

    m(RS, "nuvolis_cancel_role", "fr",
      "Juliette Anquetil <juliette@nuvolis.example.io>",
      "Annulé : Entretien Nuvolis x Mathis",
      """Hello Mathis,

Je dois malheureusement annuler ton entretien de mardi avec Thomas, il est bloqué à Berlin pour un closing qui s'éternise. Je te renvoie une invit pour la semaine pro dès que j'ai son agenda, désolée pour le contretemps !

Juliette""",
      company="Nuvolis", contact="juliette@nuvolis.example.io",
      ics={"uid": "nuvolis-8sept-mol@nuvolis.example.io", "method": "CANCEL",
           "start": "20260908T130000Z", "end": "20260908T134500Z", "sequence": 1,
           "summary": "Entretien Nuvolis x Mathis", "organizer": "juliette@nuvolis.example.io",
           "cn": "Juliette Anquetil", "location": "https://zoom.us/j/8812345678"},
      date="2026-09-04 18:20 +0200"),

    m(RS, "geneve_nouvelle_date", "fr",
      "Léa Baud <lea.baud@fondation-leman.example.ch>",
      "TR: Convocation - nouvelle date",
      """Bonjour Mathis,

La directrice ne sera pas disponible le 1er octobre. Je te propose de reporter ton entretien au 6 octobre à 9h30, même adresse. L'étude de cas te sera envoyée le 4.

Désolée pour ce changement,
Léa""",
      company="Fondation Léman pour l'enfance", contact="lea.baud@fondation-leman.example.ch",
      thread="Convocation", charset="iso-8859-1", cte="8bit",
      date="2026-09-24 13:30 +0200"),

    m(RS, "universidad_cambio_fecha", "es",
      "Prof. Álvaro Benítez <abenitez@universidad-castilla.example.es>",
      "Modificación de la fecha de entrevista",
      """Estimado Sr. Ouedraogo-Laurent:

Por motivos de agenda de la comisión, la entrevista prevista para el jueves 16 de julio a las 12:00 queda aplazada al lunes 20 de julio a las 10:00, en el mismo lugar.

Le ruego disculpe las molestias y me confirme su disponibilidad.

Atentamente,
Álvaro Benítez
Secretario de la Comisión
Universidad de Castilla""",
      company="Universidad de Castilla", contact="abenitez@universidad-castilla.example.es",
      thread="Entrevista - Técnico de Protección de Datos", charset="iso-8859-1", cte="qp",
      date="2026-07-10 13:20 +0200"),

    m(RS, "indian_english_slot_change", "en",
      "Priya Raghunathan <priya.r@vantara-gbs.example.in>",
      "Re: Interview schedule - Internal Audit Lead (Brussels)",
      """Dear Mathis,

Greetings of the day!

Due to unavoidable circumstances the panel is not available on 14th April at 11:00 CET. We request you to kindly revert with your availability for 15th or 16th April, same time, so that we can reschedule the discussion accordingly.

Regret the inconvenience caused.

Warm Regards,
Priya Raghunathan
Talent Acquisition - EMEA
Vantara Global Business Services Pvt. Ltd.
M: +91 98450 11223""",
      company="Vantara Global Business Services", contact="priya.r@vantara-gbs.example.in",
      thread="Interview schedule - Internal Audit Lead (Brussels)",
      date="2026-04-09 16:20 +0530"),

    # ---- missed interview notices ------------------------------------------------------
    m(MI, "tried_calling_en", "en",
      "Owen Brady <owen.brady@tidepool.example.com>",
      "Missed call",
      """Hi Mathis,

I tried calling you at 2pm as scheduled for our phone screen but couldn't get through - went straight to voicemail. Hope everything's ok.

Let me know if you'd still like to chat and we can find another time.

Owen Brady
Head of Finance, Tidepool Analytics""",
      company="Tidepool Analytics", contact="owen.brady@tidepool.example.com",
      date="2026-07-28 14:12 +0100"),

    m(MI, "teams_no_show_fr", "fr",
      "Caroline Duvernoy <caroline.duvernoy@banque-saint-olive.example.fr>",
      "Entretien de ce jour",
      """Bonjour Monsieur Ouedraogo-Laurent,

M. Bessières vous a attendu ce matin à 10h sur Teams, mais vous ne vous êtes pas connecté à la réunion. Nous n'avons pas reçu de message de votre part.

Pourriez-vous me dire ce qu'il s'est passé et si vous souhaitez toujours poursuivre le processus ?

Cordialement,
Caroline Duvernoy
Banque Saint-Olive""",
      company="Banque Saint-Olive", contact="caroline.duvernoy@banque-saint-olive.example.fr",
      fmt="alt",
      date="2026-03-10 11:20 +0100"),

    m(MI, "agency_where_are_you", "fr",
      "Clémence Vauquelin <clemence@altitude-search.example.fr>",
      "??",
      """Mathis, le client t'attendait à 11h pour la visio, tu as eu un souci ? Appelle-moi dès que tu vois ce message stp.

Clémence
Altitude Search
+33 6 12 34 56 78

Envoyé de mon iPhone""",
      company="Altitude Search", contact="clemence@altitude-search.example.fr",
      date="2026-02-12 11:12 +0100"),

    m(MI, "german_nicht_erschienen", "de",
      "Sabine Hartmann <sabine.hartmann@bayernenergie.example.de>",
      "Ihr Interview heute um 14:00 Uhr",
      """Sehr geehrter Herr Ouedraogo-Laurent,

leider konnten wir Sie heute um 14:00 Uhr nicht im Teams-Meeting begrüßen. Herr Dr. Lenz hat etwa 15 Minuten gewartet.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir, damit wir über einen neuen Termin sprechen können.

Mit freundlichen Grüßen
Sabine Hartmann
Talent Acquisition
Bayerische Energiewerke AG""",
      company="Bayerische Energiewerke", contact="sabine.hartmann@bayernenergie.example.de",
      charset="iso-8859-1", cte="qp",
      date="2026-04-27 14:40 +0200"),

    m(MI, "zoom_no_show_uk", "en",
      "Fiona McAllister <fiona.mcallister@harcourt-wealth.example.co.uk>",
      "Today's interview",
      """Dear Mathis,

We were expecting you on Zoom at 9.30 this morning for your interview with myself and Richard. We waited around twenty minutes but you did not join the call.

I do hope all is well. If you would still like to be considered, please do get in touch by Friday and we shall see whether we can find another slot.

Kind regards,
Fiona McAllister
Head of Compliance
Harcourt Wealth Management""",
      company="Harcourt Wealth Management", contact="fiona.mcallister@harcourt-wealth.example.co.uk",
      date="2026-04-15 10:00 +0100"),

    m(MI, "spanish_no_se_conecto", "es",
      "Marta Ruiz Calvo <marta.ruiz@energias-levante.example.es>",
      "Entrevista de hoy",
      """Hola Mathis,

Te esperábamos hoy a las 10:00 en la reunión de Teams pero no llegaste a conectarte. ¿Ha pasado algo? Si sigues interesado, escríbeme y vemos si podemos reprogramarla.

Un saludo,
Marta Ruiz Calvo
Energías de Levante""",
      company="Energías de Levante", contact="marta.ruiz@energias-levante.example.es",
      date="2026-05-07 10:35 +0200"),

    m(MI, "quebec_manque", "fr",
      "Marc-Antoine Gagnon <magagnon@hydro-nordique.example.ca>",
      "Entrevue manquée",
      """Bonjour Mathis,

Julie et moi t'avons attendu cet après-midi à 13h sur Teams, mais tu ne t'es pas joint à la rencontre. J'ai aussi essayé de te joindre au numéro de ton CV, sans succès.

Si c'est un malentendu sur le fuseau horaire, fais-moi signe, on pourra voir pour reprendre un moment.

Marc-Antoine Gagnon
Hydro Nordique""",
      company="Hydro Nordique", contact="magagnon@hydro-nordique.example.ca",
      date="2026-06-12 14:05 -0400"),

    m(MI, "phone_screen_voicemail_fr", "fr",
      "Sophie Garnier-Lenoir <s.garnier@biomedix-pharma.example.fr>",
      "Notre rendez-vous téléphonique",
      """Bonjour Mathis,

J'ai tenté de vous appeler à 9h30 comme convenu pour notre entretien téléphonique, mais je suis tombée sur votre messagerie. Je vous ai laissé un message.

N'hésitez pas à reprendre un créneau via le lien habituel si vous êtes toujours intéressé.

Cordialement,
Sophie Garnier-Lenoir
Biomedix Pharma""",
      company="Biomedix Pharma", contact="s.garnier@biomedix-pharma.example.fr",
      date="2026-06-09 09:50 +0200"),

    m(MI, "italian_owned_missed", "en",
      "Giulia Ferraro <giulia.ferraro@ferraro-luxury.example.it>",
      "Re: Interview - Compliance Manager Paris",
      """Dear Mathis,

We were waiting for you this morning at 11:00 at Rue Saint-Honoré, but unfortunately you did not arrive, and we had no notice. Dott. Bellini had to leave for another appointment.

Please let me know if there was a problem. We remain available to discuss.

Best regards,
Giulia Ferraro
Casa Ferraro Milano""",
      company="Casa Ferraro Milano", contact="giulia.ferraro@ferraro-luxury.example.it",
      thread="Interview - Compliance Manager Paris",
      date="2026-07-07 12:30 +0200"),

    m(MI, "interim_rdv_rate", "fr",
      "Kevin Lambrecht <k.lambrecht@interim-nordpas.example.fr>",
      "Re: RDV",
      """Salut Mathis, tu etais pas a l'agence ce matin pour le rdv de 9h ? Je t'ai attendu. Rappelle moi si tu es toujours dispo pour la mission

Kevin""",
      company="Interim Nord Pas", contact="k.lambrecht@interim-nordpas.example.fr",
      thread="RDV",
      date="2026-02-19 09:48 +0100"),
]
