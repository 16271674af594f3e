"""Corpus 173: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""
from msgs173_common import CANDIDATE_ADDR, M, ats_card, outlook_block, outlook_html, quote

I = "interview_invitation"
S = "interview_reschedule_or_cancel"
X = "missed_interview_notice"


def cal(method, uid, start, end, summary, seq=0, location="Microsoft Teams"):
    return dict(method=method, uid=uid, start=start, end=end, summary=summary, seq=seq,
                location=location)


INVITES = [
    M(I, "corrib_panel_ics", "Corrib Medical", "emer.kilbride@corribmedical.example.ie", "en",
      ("Emer Kilbride", "emer.kilbride@corribmedical.example.ie"),
      "Interview: Clinical Sales Support Specialist - Corrib Medical", "2026-02-17 14:20 +0000",
      "Hi Gráinne,\n\nThank you for your application. We would like to invite you to a panel "
      "interview for the Clinical Sales Support Specialist role on Tuesday 3 March at 10:00 at "
      "our Parkmore site. The panel will be myself, our Sales Director and a clinical "
      "specialist. A calendar invitation is attached.\n\nPlease bring photo ID for the security "
      "desk.\n\nKind regards,\nEmer Kilbride\nTalent Acquisition Partner\nCorrib Medical Ltd\n"
      "Parkmore Business Park West, Galway H91 XK12\n+353 91 555 0470",
      ics=cal("REQUEST", "corrib-panel-0303@corribmedical.example.ie", "20260303T100000Z",
              "20260303T110000Z", "Panel interview - Clinical Sales Support Specialist",
              location="Corrib Medical, Parkmore, Galway"),
      tid="corrib_inv", reply=["corrib_ack"]),
    M(I, "greenhouse_schedule_link", "Lagan Medtech", "", "en",
      ("Lagan Medtech via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Schedule your interview with Lagan Medtech", "2026-04-22 09:10 +0100",
      None, html=ats_card("Lagan Medtech", "#0b6e4f",
                          "Hi Grainne,\n\nGreat news - the hiring team for Customer Support "
                          "Specialist, Surgical would like to speak with you.\n\nPlease use the "
                          "link below to choose a 45-minute video interview slot that suits you:"
                          "\nhttps://app.greenhouse.io/scheduling/laganmedtech/7731\n\nWe look "
                          "forward to meeting you!"),
      tid="lagan_inv"),
    M(I, "phone_screen_ask", "Kestrel Diagnostics", "tom.harte@kestreldx.example.co.uk", "en",
      ("Tom Harte", "tom.harte@kestreldx.example.co.uk"),
      "Kestrel Diagnostics - quick call?", "2026-05-04 11:02 +0100",
      "Hi Grainne,\n\nI'm the talent partner looking after our Belfast customer support hire. "
      "Could we do a 20-minute phone screen this week? Wednesday between 2 and 4pm or Thursday "
      "morning both work on my side. Just send me a good number.\n\nThanks,\nTom Harte\n"
      "Kestrel Diagnostics"),
    M(I, "casual_thursday_chat", "Brightsmile Clinics", "orla@brightsmile.example.ie", "en",
      ("Orla Fahy", "orla@brightsmile.example.ie"), "coffee thurs?", "2026-02-24 20:41 +0000",
      "Hi Grainne, got your CV from Maeve. Are you free Thursday to chat about the treatment "
      "coordinator job? Could meet in the Salthill practice at 1 on my lunch. Orla"),
    M(I, "agency_client_interview", "Liffey Orthodontic Supplies",
      "ciara.walsh@careerpathmed.example.ie", "en",
      ("Ciara Walsh", "ciara.walsh@careerpathmed.example.ie"),
      "Interview confirmed - Liffey Orthodontic Supplies", "2026-03-10 16:05 +0000",
      "Hi Gráinne,\n\nDelighted to confirm that Liffey Orthodontic Supplies would like to meet "
      "you for the Customer Care & Sales Support role.\n\nWhen: Monday 16 March, 14:30\nWhere: "
      "Unit 4, Swords Business Park, Co. Dublin\nWho: Fiona Nolan, Head of Customer Operations\n\n"
      "I'll call you Friday to prep. Good luck!\n\nCiara Walsh\nSenior Consultant, Life "
      "Sciences\nCareerPath Medical Recruitment",
      tid="careerpath_client_inv", reply=["careerpath_reg"]),
    M(I, "assessment_centre", "Brabant Dental Technologies", "", "en",
      ("Brabant Dental Technologies", "no-reply@hire.lever.co"),
      "Invitation: assessment day in Eindhoven", "2026-06-19 10:00 +0200",
      "Hi Grainne,\n\nThank you for your application for Inside Sales Associate. We would like to "
      "invite you to our assessment day on 6 July at our Eindhoven office (Strijp-S). The day "
      "runs 09:30 to 15:30 and includes a role-play with a dental lab customer, a short written "
      "exercise and a conversation with the team lead.\n\nPlease confirm your attendance using "
      "the button in your candidate portal. Travel costs within the EU are reimbursed.\n\n"
      "People & Culture\nBrabant Dental Technologies",
      html=ats_card("Brabant Dental Technologies", "#e67e22",
                    "Hi Grainne,\n\nThank you for your application for Inside Sales Associate. "
                    "We would like to invite you to our assessment day on 6 July at our "
                    "Eindhoven office (Strijp-S). The day runs 09:30 to 15:30.\n\nPlease confirm "
                    "your attendance in your candidate portal."),
      tid="brabant_assess", reply=["brabant_ack"]),
    M(I, "trial_day_invite", "Smile Studio Limerick", "aisling@smilestudio.example.ie", "en",
      ("Aisling Quinn", "aisling@smilestudio.example.ie"),
      "Trial day?", "2026-08-20 12:30 +0100",
      "Hi Gráinne,\n\nLovely to talk yesterday. Would you be up for a paid trial day with us "
      "next Wednesday, 26th? 8.30 start, you'd shadow reception in the morning and help with the "
      "new intra-oral scanner demos in the afternoon.\n\nLet me know,\nAisling"),
    M(I, "shannon_video_ics", "Shannon Implant Systems", "niamh.carey@shannonimplant.example.ie",
      "en", ("Niamh Carey", "niamh.carey@shannonimplant.example.ie"),
      "Invitation: Clinical Sales Support - first interview", "2026-03-16 09:45 +0000",
      "Dear Gráinne,\n\nFurther to your application, I'd like to invite you to a first interview "
      "by phone on Tuesday 24 March at 10:00. I will call you on the mobile number on your CV. "
      "I've attached a calendar entry.\n\nKind regards,\nNiamh Carey\nHR Business Partner\n"
      "Shannon Implant Systems",
      ics=cal("REQUEST", "shannon-0324@shannonimplant.example.ie", "20260324T100000Z",
              "20260324T103000Z", "Phone interview - Shannon Implant Systems", location="Phone"),
      tid="shannon_inv"),
    M(I, "forth_panel_outlook", "Forth Surgical", "euan.mackay@forthsurgical.example.co.uk", "en",
      ("Euan Mackay", "euan.mackay@forthsurgical.example.co.uk"),
      "Interview invitation - Customer Support Specialist", "2026-05-22 15:10 +0100",
      "Dear Gráinne,\n\nThank you for applying. We'd be pleased to invite you to a panel "
      "interview in Edinburgh on Thursday 4 June at 13:00, lasting about an hour. You'll be asked "
      "to give a 10-minute presentation on how you would support a theatre team adopting a new "
      "stapler.\n\nKind regards,\nEuan Mackay\nCommercial Operations Manager\nForth Surgical",
      html=outlook_html("Dear Gráinne,\n\nThank you for applying. We'd be pleased to invite you "
                        "to a panel interview in Edinburgh on Thursday 4 June at 13:00, lasting "
                        "about an hour.\n\nKind regards,\nEuan Mackay"),
      ics_file=cal("REQUEST", "forth-0604@forthsurgical.example.co.uk", "20260604T120000Z",
                   "20260604T130000Z", "Panel interview - Forth Surgical",
                   location="22 Leith Walk, Edinburgh"),
      tid="forth_inv"),
    M(I, "ashby_final_round", "Cairnview Health Tech", "isla.reid@cairnview.example.co.uk", "en",
      ("Isla Reid via Ashby", "no-reply@ashbyhq.com"),
      "Final interview - Cairnview Health Tech", "2026-06-12 10:15 +0100",
      "Hi Grainne,\n\nThe team enjoyed the first conversation. We'd like to invite you to a "
      "final 60-minute interview with Kenny (Head of Customer Success) and Ruth (Clinical "
      "Lead). Pick a time here: https://jobs.ashbyhq.com/cairnview/schedule/5c2e\n\nIsla",
      reply_to=("Isla Reid", "isla.reid@cairnview.example.co.uk")),
    M(I, "connacht_outlook_invite", "Connacht Dental Supplies",
      "paula.greaney@connachtdental.example.ie", "en",
      ("Paula Greaney", "paula.greaney@connachtdental.example.ie"),
      "Interview - Territory Support Rep", "2026-08-05 10:02 +0100",
      "Hi Gráinne,\n\nWe'd like to invite you to interview for the Territory Support Rep role on "
      "Monday 17 August at 11:00 at our Ballybrit office. Please confirm if that suits.\n\n"
      "Paula\n\nPaula Greaney\nOperations Director\nConnacht Dental Supplies",
      html=outlook_html("Hi Gráinne,\n\nWe'd like to invite you to interview for the Territory "
                        "Support Rep role on Monday 17 August at 11:00 at our Ballybrit office. "
                        "Please confirm if that suits.\n\nPaula")),
    M(I, "hospital_competition", "Galway Bay University Hospital", "recruitment@gbuh.example.ie",
      "en", ("GBUH Recruitment", "recruitment@gbuh.example.ie"),
      "Campaign GBUH-0455: invitation to interview", "2026-09-08 12:00 +0100",
      "Dear Ms Okonkwo-Baptiste,\n\nCampaign GBUH-0455, Decontamination & Equipment "
      "Coordinator\n\nYou have been shortlisted for interview. Interviews will take place in the "
      "HR Boardroom, Block C, on Wednesday 23 September. Your time is 11:15. Please bring the "
      "original of your qualifications and two forms of ID.\n\nIf you cannot attend, please "
      "reply to this email at least 48 hours in advance.\n\nHR Department - Recruitment "
      "Section\nGalway Bay University Hospital",
      charset="windows-1252", cte="quoted-printable"),
    M(I, "university_lab_role", "Atlantic Technological University", "r.daly@atu-research.example.ie",
      "en", ("Dr Rory Daly", "r.daly@atu-research.example.ie"),
      "Research support officer - interview", "2026-01-29 13:33 +0000",
      "Dear Gráinne,\n\nThank you for applying to the Research Support Officer post in the "
      "Dental Biomaterials group. We'd like to interview you on Zoom on 5 February at 15:00. The "
      "panel will ask you to talk us through your experience of infection control audits.\n\n"
      "Best wishes,\nRory\n\nDr Rory Daly, Senior Lecturer\nAtlantic Technological University, "
      "Dublin Road, Galway"),
    M(I, "hartwell_client_named", "Northgate Surgical", "james.okafor@hartwellsearch.example.co.uk",
      "en", ("James Okafor", "james.okafor@hartwellsearch.example.co.uk"),
      "Northgate Surgical want to meet you", "2026-09-15 09:05 +0100",
      "Hi Grainne,\n\nGood news - Northgate Surgical would like to interview you for the "
      "Clinical Support Associate post in Camden. First stage is a 30-minute video call with "
      "their sales manager, any time Tuesday or Wednesday next week. Send me two slots that "
      "work and I'll lock it in.\n\nJames Okafor\nHartwell Healthcare Search",
      reply=["hartwell_cold"]),
    M(I, "workable_video", "Dunmore Dental Lab", "", "en",
      ("Dunmore Dental Lab", "noreply@workablemail.com"),
      "Dunmore Dental Lab invites you to a video interview", "2026-10-02 08:20 +0100",
      None, html=ats_card("Dunmore Dental Lab", "#16a085",
                          "Hello Grainne,\n\nDunmore Dental Lab has reviewed your application for "
                          "Customer Liaison Coordinator and would like to invite you to a one-way "
                          "video interview.\n\nYou will answer four questions and have 3 days to "
                          "complete it.\n\nStart your interview: https://apply.workable.com/"
                          "dunmore/v/82ab"),
      cte="quoted-printable"),
    # German
    M(I, "de_einladung_isar", "Isar Dentaltechnik", "k.hofer@isar-dental.example.de", "de",
      ("Katrin Hofer", "k.hofer@isar-dental.example.de"),
      "Einladung zum Vorstellungsgespräch", "2026-06-01 09:30 +0200",
      "Sehr geehrte Frau Okonkwo-Baptiste,\n\nvielen Dank für Ihre Bewerbung als "
      "Vertriebsinnendienst (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie "
      "zu einem Gespräch per Microsoft Teams am Dienstag, 9. Juni, um 14:00 Uhr ein. Das "
      "Gespräch kann auf Englisch geführt werden.\n\nMit freundlichen Grüßen\nKatrin Hofer\n"
      "Personalreferentin\nIsar Dentaltechnik GmbH\nLandsberger Str. 302, 80687 München\n"
      "Tel. +49 89 5550 2210",
      ics=cal("REQUEST", "isar-0609@isar-dental.example.de", "20260609T120000Z",
              "20260609T130000Z", "Vorstellungsgespräch Isar Dentaltechnik"),
      cte="quoted-printable", tid="isar_inv", reply=["isar_ack"]),
    M(I, "de_agentur_telefon", "MedTalent Partners", "markus.lenz@medtalent.example.de", "de",
      ("Markus Lenz", "markus.lenz@medtalent.example.de"),
      "Kurzes Telefonat?", "2026-05-11 10:48 +0200",
      "Hallo Frau Okonkwo-Baptiste,\n\nich bin Personalberater bei MedTalent Partners und habe "
      "Ihr Profil für mehrere Positionen im Dentalvertrieb vorgemerkt. Hätten Sie morgen oder "
      "übermorgen Zeit für ein kurzes Telefoninterview (ca. 20 Minuten)?\n\nBeste Grüße\n"
      "Markus Lenz\nMedTalent Partners GmbH"),
    M(I, "de_probearbeit", "Zahnwerk München", "praxis@zahnwerk.example.de", "de",
      ("Zahnwerk München", "praxis@zahnwerk.example.de"),
      "Probearbeitstag", "2026-07-06 12:15 +0200",
      "Liebe Gráinne,\n\nwir würden dich gerne zu einem Probearbeitstag am Freitag, 17. Juli, "
      "einladen. Beginn 8 Uhr, bitte Praxiskleidung mitbringen. Gib uns kurz Bescheid, ob das "
      "klappt.\n\nViele Grüße\nDein Team vom Zahnwerk München\nDr. Petra Aumann",
      charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "B")),
    M(I, "de_recruitee_link", "Alpenmed", "", "de",
      ("Alpenmed Karriere", "noreply@softgarden.io"),
      "Terminvorschlag für Ihr Interview", "2026-03-18 08:00 +0100",
      None, html=ats_card("Alpenmed Karriere", "#c0392b",
                          "Guten Tag Frau Okonkwo-Baptiste,\n\nwir freuen uns, Sie zu einem "
                          "ersten Videointerview für die Position Customer Service Specialist "
                          "Medizintechnik einzuladen. Bitte wählen Sie über folgenden Link einen "
                          "passenden Termin: https://alpenmed.softgarden.io/interview/4410"),
      charset="iso-8859-1"),
    # French
    M(I, "fr_entretien_atlantique", "Atlantique Médical", "sophie.garnier@atlantique-medical.example.fr",
      "fr", ("Sophie Garnier", "sophie.garnier@atlantique-medical.example.fr"),
      "Entretien - Chargée de support clinique", "2026-09-02 16:40 +0200",
      "Bonjour Gráinne,\n\nSuite à votre candidature, nous souhaiterions vous rencontrer pour le "
      "poste de chargée de support clinique. Seriez-vous disponible le mardi 15 septembre à "
      "10h00 dans nos locaux de Saint-Herblain ? L'entretien pourra se dérouler en anglais "
      "et en français.\n\nBien cordialement,\nSophie Garnier\nChargée de recrutement\n"
      "Atlantique Médical SAS - 12 rue de la Garde, 44800 Saint-Herblain",
      ics=cal("REQUEST", "am-0915@atlantique-medical.example.fr", "20260915T080000Z",
              "20260915T090000Z", "Entretien Atlantique Médical", location="Saint-Herblain"),
      tid="atl_inv", subj_enc=("utf-8", "Q")),
    M(I, "fr_agence_tel", "Santé RH Conseil", "camille.martin@santerh.example.fr", "fr",
      ("Camille Martin", "camille.martin@santerh.example.fr"),
      "Échange téléphonique", "2026-06-25 11:20 +0200",
      "Bonjour Madame,\n\nVotre profil a retenu mon attention pour un poste d'assistante "
      "technico-commerciale chez un fabricant d'implants nantais. Pourrions-nous fixer un "
      "entretien téléphonique de 30 minutes cette semaine ? Je suis disponible jeudi après-midi."
      "\n\nCamille Martin\nConsultante, Santé RH Conseil", subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="quoted-printable"),
    M(I, "fr_journee_immersion", "Centre Dentaire Graslin", "direction@cd-graslin.example.fr", "fr",
      ("Centre Dentaire Graslin", "direction@cd-graslin.example.fr"),
      "Journée d'immersion", "2026-04-14 18:02 +0200",
      "Bonjour Gráinne,\n\nNous avons bien aimé notre premier échange. Nous vous proposons une "
      "journée d'immersion au centre le lundi 20 avril, de 9h à 17h, afin de rencontrer "
      "l'équipe et découvrir notre organisation.\n\nMerci de nous confirmer votre venue.\n\n"
      "Dr Anne Morvan\nCentre Dentaire Graslin, 3 place Graslin, Nantes",
      reply_to=("Dr Anne Morvan", "a.morvan@cd-graslin.example.fr"), cte="base64"),
    M(I, "fr_smartrecruiters", "Biolys Dental", "", "fr",
      ("Biolys Dental", "noreply@smartrecruiters.com"),
      "Invitation à un entretien vidéo", "2026-02-03 09:00 +0100",
      "Bonjour Grainne,\n\nNous avons le plaisir de vous inviter à un entretien vidéo pour le "
      "poste de Support Client Dispositifs Médicaux. Réservez votre créneau ici : "
      "https://www.smartrecruiters.com/biolys/interview/991\n\nL'équipe Talent de Biolys Dental"),
    # Spanish
    M(I, "es_entrevista_levante", "Levante Dental", "andrea.ferrer@levantedental.example.es", "es",
      ("Andrea Ferrer", "andrea.ferrer@levantedental.example.es"),
      "Entrevista Coordinadora de Pacientes", "2026-09-17 13:05 +0200",
      "Hola Gráinne,\n\nnos ha gustado mucho tu perfil. ¿Te vendría bien una entrevista por "
      "videollamada el lunes 28 de septiembre a las 11:00? Estaremos Vicente, director de la "
      "clínica de Ruzafa, y yo.\n\nUn saludo,\nAndrea Ferrer\nRecursos Humanos - Levante Dental\n"
      "C/ Sueca 14, 46006 Valencia", tid="levante_inv"),
    M(I, "es_agencia_cliente", "Turia Medical", "pablo.ruiz@talentosanitario.example.es", "es",
      ("Pablo Ruiz", "pablo.ruiz@talentosanitario.example.es"),
      "Entrevista con Turia Medical", "2026-05-12 10:30 +0200",
      "Hola Gráinne,\n\nTuria Medical quiere conocerte para el puesto de Especialista de "
      "Producto. Te propongo el jueves 21 a las 16:00 en sus oficinas de Av. de Aragón. Confírmame "
      "y te paso los detalles.\n\nPablo Ruiz\nTalento Sanitario"),
    M(I, "es_teamtailor", "Sonrisa Plus", "", "es",
      ("Sonrisa Plus", "no-reply@teamtailor-mail.com"),
      "¡Queremos conocerte!", "2026-07-20 09:40 +0200",
      None, html=ats_card("Sonrisa Plus", "#8e44ad",
                          "Hola Grainne,\n\nGracias por tu candidatura a Asesora de Tratamientos. "
                          "Nos encantaría hacerte una entrevista. Elige el día y la hora que "
                          "mejor te vengan en este enlace: https://sonrisaplus.teamtailor.com/"
                          "meetings/77\n\n¡Hasta pronto!"),
      subj_enc=("utf-8", "B")),
]

RESCHEDULES = [
    M(S, "corrib_moved_seq1", "Corrib Medical", "emer.kilbride@corribmedical.example.ie", "en",
      ("Emer Kilbride", "emer.kilbride@corribmedical.example.ie"),
      "Updated: Panel interview moved to Thursday 5 March", "2026-02-26 08:55 +0000",
      "Hi Gráinne,\n\nApologies - our Sales Director has to travel to a customer on Tuesday, so "
      "we need to move your panel interview to Thursday 5 March at 14:00, same location. The "
      "updated calendar invitation is attached. Let me know if the new time is a problem.\n\n"
      "Kind regards,\nEmer",
      ics=cal("REQUEST", "corrib-panel-0303@corribmedical.example.ie", "20260305T140000Z",
              "20260305T150000Z", "Panel interview - Clinical Sales Support Specialist", seq=1,
              location="Corrib Medical, Parkmore, Galway"),
      tid="corrib_move", reply=["corrib_ack", "corrib_inv"]),
    M(S, "lagan_cancel_ics", "Lagan Medtech", "aoife.brennan@laganmedtech.example.co.uk", "en",
      ("Aoife Brennan", "aoife.brennan@laganmedtech.example.co.uk"),
      "Cancelled: Video interview - Customer Support Specialist", "2026-04-30 07:50 +0100",
      "Hi Grainne,\n\nI'm afraid I have to cancel our interview this afternoon - the hiring "
      "manager has been pulled into an urgent regulatory audit. This isn't a decision about your "
      "application; I'll be in touch once we know the new dates.\n\nSorry for the short notice,"
      "\nAoife Brennan\nRecruiter, Lagan Medtech\n10 Lanyon Place, Belfast BT1 3LP",
      ics=cal("CANCEL", "lagan-0430@laganmedtech.example.co.uk", "20260430T130000Z",
              "20260430T134500Z", "Video interview - Lagan Medtech", seq=1),
      tid="lagan_cancel", reply=["lagan_inv"]),
    M(S, "interviewer_ill", "Kestrel Diagnostics", "tom.harte@kestreldx.example.co.uk", "en",
      ("Tom Harte", "tom.harte@kestreldx.example.co.uk"),
      "Need to move tomorrow", "2026-05-05 18:30 +0100",
      "Hi Grainne,\n\nI've come down with a nasty flu so I won't be able to do our phone screen "
      "tomorrow at 2. Could we push it to Thursday at 10 instead? Same number.\n\nApologies,\nTom"),
    M(S, "agency_client_moved", "Liffey Orthodontic Supplies", "ciara.walsh@careerpathmed.example.ie",
      "en", ("Ciara Walsh", "ciara.walsh@careerpathmed.example.ie"),
      "Change of time - Liffey Orthodontic", "2026-03-13 12:12 +0000",
      "Hi Gráinne,\n\nSmall change: Fiona at Liffey Orthodontic has asked to bring Monday's "
      "interview forward to 11:00 rather than 14:30, as she's now flying to Manchester that "
      "evening. Is that doable for you?\n\nCiara\n\n"
      + quote("When: Monday 16 March, 14:30\nWhere: Unit 4, Swords Business Park, Co. Dublin",
              "On Tue, 10 Mar 2026 at 16:05, Ciara Walsh <ciara.walsh@careerpathmed.example.ie> "
              "wrote:"),
      reply=["careerpath_client_inv"]),
    M(S, "hospital_postponed", "Galway Bay University Hospital", "recruitment@gbuh.example.ie", "en",
      ("GBUH Recruitment", "recruitment@gbuh.example.ie"),
      "Campaign GBUH-0455: interviews postponed", "2026-09-18 15:30 +0100",
      "Dear Candidate,\n\nDue to unforeseen circumstances, interviews for Campaign GBUH-0455 "
      "scheduled for 23 September have been postponed. Revised dates will be issued to all "
      "shortlisted candidates next week. Your place on the shortlist is unaffected.\n\nHR "
      "Department - Recruitment Section\nGalway Bay University Hospital"),
    M(S, "forth_new_room_seq2", "Forth Surgical", "euan.mackay@forthsurgical.example.co.uk", "en",
      ("Euan Mackay", "euan.mackay@forthsurgical.example.co.uk"),
      "Updated invitation: Panel interview - Forth Surgical", "2026-05-29 09:20 +0100",
      "Hi Gráinne,\n\nOne of our panel members can only join at 14:30, so I've shifted the start "
      "by ninety minutes. Everything else stays the same. Updated invite attached.\n\nEuan",
      ics=cal("REQUEST", "forth-0604@forthsurgical.example.co.uk", "20260604T133000Z",
              "20260604T143000Z", "Panel interview - Forth Surgical", seq=2,
              location="22 Leith Walk, Edinburgh"),
      reply=["forth_inv"]),
    M(S, "cancel_meeting_no_reject", "Cairnview Health Tech", "isla.reid@cairnview.example.co.uk",
      "en", ("Isla Reid", "isla.reid@cairnview.example.co.uk"),
      "Friday's call - cancelled for now", "2026-06-17 13:01 +0100",
      "Hi Grainne,\n\nRuth's flight back from Copenhagen was cancelled, so we have to call off "
      "Friday's final interview. You're still very much in the process - I'll send new options "
      "on Monday.\n\nIsla"),
    M(S, "candidate_proposed_accepted", "Dunmore Dental Lab", "sean@dunmoredental.example.ie", "en",
      ("Seán Kelleher", "sean@dunmoredental.example.ie"),
      "Re: Request to move our meeting", "2026-10-08 10:10 +0100",
      "Hi Grainne,\n\nNo problem at all. Let's move it to Tuesday 13th at 9:30 instead of "
      "Friday. I've updated the calendar.\n\nSeán\n\n"
      + quote("Hi Seán,\n\nWould it be possible to move Friday's interview? I have a shift I "
              "can't swap. Any time Tuesday would work.\n\nThanks,\nGráinne",
              "On Wed, 7 Oct 2026 at 21:30, Grainne Okonkwo-Baptiste <grainne.ob@example.ie> "
              "wrote:"),
      ics=cal("REQUEST", "dunmore-1009@dunmoredental.example.ie", "20261013T083000Z",
              "20261013T093000Z", "Interview - Dunmore Dental Lab", seq=1),
      reply=["dunmore_move_req"]),
    M(S, "ashby_reschedule_link", "Northgate Surgical", "", "en",
      ("Northgate Surgical via Ashby", "no-reply@ashbyhq.com"),
      "Your interview with Northgate Surgical has been rescheduled", "2026-09-23 16:00 +0100",
      None, html=ats_card("Northgate Surgical", "#2c3e50",
                          "Hi Grainne,\n\nYour video interview with Northgate Surgical has been "
                          "moved by the interviewer from Tuesday 29 September 11:00 to "
                          "Wednesday 30 September 15:30 (UK time).\n\nIf the new time doesn't "
                          "work, pick another here: https://jobs.ashbyhq.com/northgate/"
                          "reschedule/12")),
    # German
    M(S, "de_verschoben", "Isar Dentaltechnik", "k.hofer@isar-dental.example.de", "de",
      ("Katrin Hofer", "k.hofer@isar-dental.example.de"),
      "Aktualisiert: Vorstellungsgespräch Isar Dentaltechnik", "2026-06-05 11:11 +0200",
      "Sehr geehrte Frau Okonkwo-Baptiste,\n\nleider müssen wir unser Gespräch am Dienstag "
      "verschieben. Wäre Ihnen Mittwoch, 10. Juni, um 10:00 Uhr recht? Die aktualisierte "
      "Einladung finden Sie im Anhang.\n\nMit freundlichen Grüßen\nKatrin Hofer",
      ics=cal("REQUEST", "isar-0609@isar-dental.example.de", "20260610T080000Z",
              "20260610T090000Z", "Vorstellungsgespräch Isar Dentaltechnik", seq=1),
      reply=["isar_inv"], subj_enc=("utf-8", "Q")),
    M(S, "de_abgesagt_krank", "Zahnwerk München", "praxis@zahnwerk.example.de", "de",
      ("Zahnwerk München", "praxis@zahnwerk.example.de"),
      "Probearbeitstag muss ausfallen", "2026-07-15 07:45 +0200",
      "Liebe Gráinne,\n\nDr. Aumann ist leider krank, deshalb fällt der Probearbeitstag am Freitag "
      "aus. Wir melden uns nächste Woche mit einem neuen Termin. Deine Bewerbung bleibt "
      "natürlich im Rennen!\n\nViele Grüße\nPraxisteam Zahnwerk", charset="iso-8859-1",
      cte="quoted-printable"),
    # French
    M(S, "fr_report_entretien", "Atlantique Médical", "sophie.garnier@atlantique-medical.example.fr",
      "fr", ("Sophie Garnier", "sophie.garnier@atlantique-medical.example.fr"),
      "Mise à jour : Entretien Atlantique Médical", "2026-09-10 09:25 +0200",
      "Bonjour Gráinne,\n\nNotre directeur commercial ne sera finalement pas disponible mardi. "
      "Je vous propose de décaler l'entretien au jeudi 17 septembre à 14h00, même lieu. "
      "L'invitation mise à jour est jointe.\n\nBien à vous,\nSophie Garnier",
      ics=cal("REQUEST", "am-0915@atlantique-medical.example.fr", "20260917T120000Z",
              "20260917T130000Z", "Entretien Atlantique Médical", seq=1,
              location="Saint-Herblain"),
      tid="atl_move", reply=["atl_inv"], subj_enc=("iso-8859-1", "B")),
    M(S, "fr_annulation", "Centre Dentaire Graslin", "a.morvan@cd-graslin.example.fr", "fr",
      ("Dr Anne Morvan", "a.morvan@cd-graslin.example.fr"),
      "Annulation : journée d'immersion du 20 avril", "2026-04-17 19:40 +0200",
      "Bonjour Gráinne,\n\nJe suis contrainte d'annuler la journée d'immersion de lundi : deux "
      "assistantes sont absentes et le centre ne pourra pas vous accueillir correctement. Je "
      "reviens vers vous rapidement pour fixer une nouvelle date.\n\nCordialement,\nAnne Morvan",
      ics=cal("CANCEL", "graslin-0420@cd-graslin.example.fr", "20260420T070000Z",
              "20260420T150000Z", "Journée d'immersion", seq=1, location="Nantes")),
    # Spanish
    M(S, "es_cambio_hora", "Turia Medical", "pablo.ruiz@talentosanitario.example.es", "es",
      ("Pablo Ruiz", "pablo.ruiz@talentosanitario.example.es"),
      "Cambio de hora entrevista Turia", "2026-05-18 12:40 +0200",
      "Hola Gráinne,\n\nTuria Medical me pide mover la entrevista del jueves a las 12:00 en lugar "
      "de las 16:00. ¿Te encaja? Mismo sitio.\n\nGracias,\nPablo", charset="windows-1252",
      cte="quoted-printable"),
    M(S, "es_reprogramada_ics", "Levante Dental", "andrea.ferrer@levantedental.example.es", "es",
      ("Andrea Ferrer", "andrea.ferrer@levantedental.example.es"),
      "Nueva fecha: entrevista Levante Dental", "2026-09-24 17:15 +0200",
      "Hola Gráinne,\n\nVicente tiene que estar en un congreso el lunes, así que hemos pasado la "
      "entrevista al martes 29 a las 10:00. Te reenvío la convocatoria actualizada.\n\n"
      "Saludos,\nAndrea",
      ics=cal("REQUEST", "levante-0928@levantedental.example.es", "20260929T080000Z",
              "20260929T090000Z", "Entrevista Levante Dental", seq=1),
      reply=["levante_inv"]),
]

MISSED = [
    M(X, "shannon_tried_twice", "Shannon Implant Systems", "niamh.carey@shannonimplant.example.ie",
      "en", ("Niamh Carey", "niamh.carey@shannonimplant.example.ie"),
      "Missed call - our interview this morning", "2026-03-24 11:05 +0000",
      "Hi Gráinne,\n\nI tried calling you twice at 10:00 for our scheduled phone interview but "
      "couldn't get through, and it went to voicemail both times. I hope everything is OK.\n\n"
      "Kind regards,\nNiamh Carey\nShannon Implant Systems",
      tid="shannon_missed", reply=["shannon_inv"]),
    M(X, "teams_waited", "Lagan Medtech", "aoife.brennan@laganmedtech.example.co.uk", "en",
      ("Aoife Brennan", "aoife.brennan@laganmedtech.example.co.uk"),
      "We missed you today", "2026-05-12 14:20 +0100",
      "Hi Grainne,\n\nWe waited on Teams for about fifteen minutes for the rescheduled interview "
      "at 13:30 but didn't see you join. Could you let me know what happened?\n\nAoife",
      reply=["lagan_cancel"]),
    M(X, "no_show_assessment", "Halden Medical", "rebecca.stone@haldenmed.example.co.uk", "en",
      ("Rebecca Stone", "rebecca.stone@haldenmed.example.co.uk"),
      "Today's assessment", "2026-02-19 12:30 +0000",
      "Dear Grainne,\n\nYou were booked onto this morning's 9:00 assessment at our London office "
      "but you didn't arrive and we weren't able to reach you on the number we hold. Please "
      "contact me if you would still like to be considered.\n\nRebecca Stone\nRecruitment "
      "Coordinator, Halden Medical\n2 Finsbury Avenue, London EC2M 2PP"),
    M(X, "zoom_no_join", "Atlantic Technological University", "r.daly@atu-research.example.ie", "en",
      ("Dr Rory Daly", "r.daly@atu-research.example.ie"),
      "Zoom interview at 15:00", "2026-02-05 15:25 +0000",
      "Hi Gráinne,\n\nThe panel was in the Zoom room from 15:00 but you didn't come on. It may be "
      "a link issue - the meeting ID was 812 5550 3310. Let me know.\n\nRory"),
    M(X, "agency_client_noshow", "Northgate Surgical", "james.okafor@hartwellsearch.example.co.uk",
      "en", ("James Okafor", "james.okafor@hartwellsearch.example.co.uk"),
      "Northgate - did you get on the call?", "2026-09-30 16:05 +0100",
      "Hi Grainne,\n\nNorthgate Surgical have just rung me - their sales manager sat on the video "
      "link at 15:30 but says you never joined. Can you call me as soon as you see this?\n\nJames"),
    M(X, "workable_expired", "Dunmore Dental Lab", "", "en",
      ("Dunmore Dental Lab", "noreply@workablemail.com"),
      "Your video interview was not completed", "2026-10-05 09:00 +0100",
      "Hello Grainne,\n\nThe deadline for your one-way video interview with Dunmore Dental Lab "
      "passed yesterday and we did not receive a recording. The interview link has now "
      "expired.\n\nDunmore Dental Lab via Workable", headers=[("Auto-Submitted", "auto-generated")]),
    # German
    M(X, "de_nicht_erschienen", "Alpenmed", "t.gruber@alpenmed.example.at", "de",
      ("Thomas Gruber", "t.gruber@alpenmed.example.at"),
      "Unser Termin heute", "2026-03-26 10:40 +0100",
      "Sehr geehrte Frau Okonkwo-Baptiste,\n\nwir hatten heute um 10:00 Uhr unser Videointerview "
      "vereinbart. Leider haben Sie sich nicht eingewählt, und telefonisch konnten wir Sie auch "
      "nicht erreichen. Bitte melden Sie sich, falls Sie weiterhin Interesse haben.\n\n"
      "Freundliche Grüße\nThomas Gruber\nAlpenmed GmbH, Innsbruck"),
    M(X, "de_agentur_nicht_erreicht", "MedTalent Partners", "markus.lenz@medtalent.example.de", "de",
      ("Markus Lenz", "markus.lenz@medtalent.example.de"),
      "Telefoninterview um 11 Uhr", "2026-05-13 11:20 +0200",
      "Hallo Frau Okonkwo-Baptiste,\n\nich habe Sie um 11 Uhr wie vereinbart angerufen, Sie aber "
      "leider nicht erreicht. Wollen wir einen neuen Versuch starten?\n\nBeste Grüße\n"
      "Markus Lenz", cte="base64"),
    # French
    M(X, "fr_absente", "Biolys Dental", "julie.perrin@biolys.example.fr", "fr",
      ("Julie Perrin", "julie.perrin@biolys.example.fr"),
      "Entretien de ce matin", "2026-02-10 10:50 +0100",
      "Bonjour Grainne,\n\nNous vous avons attendue ce matin à 10h sur Teams pour l'entretien "
      "vidéo, sans vous voir vous connecter. Pouvez-vous me dire si vous avez rencontré un "
      "souci ?\n\nJulie Perrin\nTalent Acquisition, Biolys Dental"),
    # Spanish
    M(X, "es_no_conectaste", "Levante Dental", "andrea.ferrer@levantedental.example.es", "es",
      ("Andrea Ferrer", "andrea.ferrer@levantedental.example.es"),
      "No pudimos hablar hoy", "2026-09-29 10:35 +0200",
      "Hola Gráinne,\n\nte estuvimos esperando en la videollamada de las 10:00 y no llegaste a "
      "conectarte. También te llamé al móvil sin respuesta. Dime algo cuando puedas.\n\n"
      "Andrea", reply=["levante_inv"]),
]

MESSAGES = INVITES + RESCHEDULES + MISSED
