"""Corpus 173: rejections (31), hand-written."""
from msgs173_common import CANDIDATE_ADDR, SIG_G, M, ats_card, outlook_block, outlook_html, quote

R = "rejection"
G = "Gráinne"

MESSAGES = [
    M(R, "workday_formal", "Thames Clinical Devices", "", "en",
      ("Thames Clinical Devices", "thamesclinical@myworkday.com"),
      "Your application for Sales Support Coordinator (REQ-4471)", "2026-02-11 09:02 +0000",
      "Dear Grainne,\n\nThank you for applying for the Sales Support Coordinator position "
      "(REQ-4471) at Thames Clinical Devices.\n\nAfter careful review we regret to inform you "
      "that your application has not been successful on this occasion. We will keep your "
      "details on file for twelve months.\n\nKind regards,\nTalent Acquisition\nThames Clinical "
      "Devices\n\nPlease do not reply to this email; this mailbox is not monitored.",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(R, "greenhouse_closer_match", "Lagan Medtech", "", "en",
      ("Lagan Medtech via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Update on your Lagan Medtech application", "2026-05-19 16:40 +0100",
      None,
      html=ats_card("Lagan Medtech", "#0b6e4f",
                    "Hi Grainne,\n\nThanks again for your patience while we reviewed applications "
                    "for Customer Support Specialist, Surgical.\n\nWe have decided to move forward "
                    "with candidates whose experience more closely matches what the team needs "
                    "right now. This was not an easy call given the quality of applicants.\n\n"
                    "Wishing you every success,\nThe Lagan Medtech Talent Team"),
      tid="lagan_rej", reply=["lagan_inv", "lagan_cancel"]),
    M(R, "on_hold_human", "Shannon Implant Systems", "niamh.carey@shannonimplant.example.ie", "en",
      ("Niamh Carey", "niamh.carey@shannonimplant.example.ie"),
      "RE: Clinical Sales Support - Limerick", "2026-04-02 11:25 +0100",
      "Hi Gráinne,\n\nSorry for the silence since we last spoke. Head office has frozen the "
      "Clinical Sales Support role until next year, so the position has been put on hold and we "
      "will not proceed with any of the shortlisted people, you included.\n\nI'm genuinely "
      "sorry, I thought you'd have been a great fit with the surgeons.\n\nNiamh Carey\nHR "
      "Business Partner | Shannon Implant Systems\nPlassey Technology Park, Limerick V94 X2Y1\n"
      "+353 61 555 0199\n\n" + quote("Hi Niamh, apologies again for missing the call on Tuesday,"
      " my phone died on the ward. Would you be able to offer another slot for the interview?",
      "On Wed 25 Mar 2026 at 19:02, Grainne Okonkwo-Baptiste <grainne.ob@example.ie> wrote:"),
      charset="windows-1252", cte="quoted-printable", reply=["shannon_missed"]),
    M(R, "terse_human", "Atlantic Dental Group", "declan.moran@atlanticdental.example.ie", "en",
      ("Declan Moran", "declan.moran@atlanticdental.example.ie"),
      "Practice coordinator role", "2026-01-27 17:58 +0000",
      "Grainne - we went with someone internal for this one. Thanks for coming in. D."),
    M(R, "agency_relay_client_no", "Liffey Orthodontic Supplies", "ciara.walsh@careerpathmed.example.ie",
      "en", ("Ciara Walsh", "ciara.walsh@careerpathmed.example.ie"),
      "Liffey Orthodontic - feedback", "2026-03-20 14:10 +0000",
      "Hi Gráinne,\n\nI've just come off the phone with the hiring manager at Liffey Orthodontic "
      "Supplies. They liked your clinical background but have gone with a candidate who has two "
      "years of territory experience already, so it's a no from them this time.\n\nDon't be "
      "disheartened - I've two more medtech briefs landing next week and I'll ring you "
      "about them.\n\nCiara Walsh\nSenior Consultant, Life Sciences\nCareerPath Medical "
      "Recruitment\n14 Fitzwilliam Place, Dublin 2\nT: +353 1 555 0873",
      reply=["careerpath_client_inv"]),
    M(R, "after_interview_quotes_thanks", "Forth Surgical", "euan.mackay@forthsurgical.example.co.uk",
      "en", ("Euan Mackay", "euan.mackay@forthsurgical.example.co.uk"),
      "Re: Thank you - Customer Support Specialist interview", "2026-06-09 10:31 +0100",
      "Dear Gráinne,\n\nThank you for your kind note, and for the time you gave us last week.\n\n"
      "We met some very strong people and, having compared everyone against the brief, the panel "
      "has offered the post to another applicant. I'd be glad to give you feedback by phone if "
      "that would help.\n\nBest wishes,\nEuan Mackay\nCommercial Operations Manager\nForth "
      "Surgical Ltd, 22 Leith Walk, Edinburgh EH6 5AA\n\n"
      + quote("Dear Euan,\n\nThank you for the interview on Thursday. I really enjoyed meeting the "
              "panel and hearing how the team supports theatre staff. I'm very keen on the role "
              "and look forward to hearing about next steps.\n\nKind regards,\nGráinne",
              "On 5 Jun 2026, at 18:12, Grainne Okonkwo-Baptiste <grainne.ob@example.ie> wrote:"),
      reply=["forth_thanks"]),
    M(R, "filled_internally", "Galway Bay University Hospital", "recruitment@gbuh.example.ie", "en",
      ("GBUH Recruitment", "recruitment@gbuh.example.ie"),
      "Campaign GBUH-0312 Clinical Equipment Liaison", "2026-02-23 12:00 +0000",
      "Dear Applicant,\n\nRef: Campaign GBUH-0312, Clinical Equipment Liaison Officer\n\n"
      "Please be advised that this vacancy has now been filled by way of internal "
      "redeployment and the external competition is closed. Your application will therefore not "
      "be progressed.\n\nWe thank you for your interest in Galway Bay University Hospital.\n\n"
      "HR Department - Recruitment Section\nGalway Bay University Hospital, Newcastle Road, Galway\n\n"
      "This email and any attachments are confidential and intended solely for the addressee. If "
      "you have received it in error please notify the sender and delete it."),
    M(R, "casual_colleague", "Brightsmile Clinics", "orla@brightsmile.example.ie", "en",
      ("Orla Fahy", "orla@brightsmile.example.ie"), "ah sorry Grainne", "2026-03-06 21:14 +0000",
      "Hey Grainne,\n\nJust wanted to let you know myself rather than you hear it through the "
      "grapevine - the treatment coordinator job went to Sinead from the Salthill practice. Tbh "
      "it was always going to be hard to beat someone who knows the system already.\n\nNo hard "
      "feelings I hope, and the door's open if anything else comes up here.\n\nOrla x"),
    M(R, "lever_not_selected", "Brabant Dental Technologies", "", "en",
      ("Brabant Dental Technologies", "no-reply@hire.lever.co"),
      "Brabant Dental Technologies - Inside Sales Associate", "2026-07-14 08:45 +0200",
      "Hi Grainne,\n\nThank you for taking part in our assessment day in Eindhoven. We enjoyed "
      "meeting you and appreciated the effort you put into the case exercise.\n\nUnfortunately we "
      "will not be continuing with your candidacy for the Inside Sales Associate role. Our "
      "decision came down to fluency in Dutch, which the customer base in Flanders requires.\n\n"
      "Met vriendelijke groet / Kind regards,\nPeople & Culture, Brabant Dental Technologies",
      reply=["brabant_assess"]),
    M(R, "smartrecruiters_pool", "Valdora Medical", "", "en",
      ("Valdora Medical Hiring Team", "noreply@smartrecruiters.com"),
      "Regarding your application to Valdora Medical", "2026-04-28 07:30 +0100",
      None, html=ats_card("Valdora Medical", "#3a3a8c",
                          "Dear Grainne Okonkwo-Baptiste,\n\nWe have now completed the selection "
                          "process for Product Support Associate (Dublin). While your profile is "
                          "interesting, it does not align closely enough with the requirements "
                          "of this particular opening.\n\nWith your permission we would like to "
                          "add you to our talent community so we can contact you about future "
                          "roles.\n\nValdora Medical Recruiting"),
      cte="base64"),
    M(R, "short_after_phone_screen", "Kestrel Diagnostics", "tom.harte@kestreldx.example.co.uk", "en",
      ("Tom Harte", "tom.harte@kestreldx.example.co.uk"),
      "Following our call", "2026-05-07 15:49 +0100",
      "Hi Grainne,\n\nGood to speak earlier. As I mentioned, the hiring manager is really after "
      "someone with a field sales background for this territory, so I'm afraid we won't be "
      "taking you forward to the next stage.\n\nAll the best with the search,\nTom\n\nTom Harte | "
      "Talent Partner | Kestrel Diagnostics\n3 Queen Street, Belfast BT1 6EA"),
    M(R, "outlook_chain_no", "Connacht Dental Supplies", "paula.greaney@connachtdental.example.ie",
      "en", ("Paula Greaney", "paula.greaney@connachtdental.example.ie"),
      "RE: Interview - Territory Support Rep", "2026-08-18 09:12 +0100",
      "Hi Gráinne,\n\nThanks for coming in on Monday. We've reflected on the interviews and we "
      "won't be offering you the position. It was close, and the team liked your energy.\n\n"
      "Regards,\nPaula\n\nPaula Greaney\nOperations Director\nConnacht Dental Supplies\nUnit 7, "
      "Ballybrit Business Park, Galway\n091 555 014\n\n"
      + outlook_block("Paula Greaney", "Wednesday, August 5, 2026 10:02 AM", CANDIDATE_ADDR,
                      "Interview - Territory Support Rep",
                      "Hi Gráinne,\n\nWe'd like to invite you to interview for the Territory "
                      "Support Rep role on Monday 17 August at 11:00 at our Ballybrit office. "
                      "Please confirm if that suits.\n\nPaula"),
      html=outlook_html("Hi Gráinne,\n\nThanks for coming in on Monday. We've reflected on the "
                        "interviews and we won't be offering you the position. It was close, "
                        "and the team liked your energy.\n\nRegards,\nPaula"),
      tid="connacht_rej"),
    M(R, "icims_requisition_cancelled", "Meridian Ortho", "", "en",
      ("Meridian Ortho Careers", "meridianortho@icims.com"),
      "Requisition update: Sales Operations Assistant", "2026-09-03 13:20 +0100",
      "Hello Grainne,\n\nWe are writing to let you know that the Sales Operations Assistant "
      "requisition you applied to has been cancelled following a reorganisation of the London "
      "commercial team. As a result, all applications to this requisition have been closed.\n\n"
      "You are welcome to apply to other openings on our careers site.\n\nMeridian Ortho Talent "
      "Acquisition", headers=[("Auto-Submitted", "auto-generated")]),
    M(R, "teamtailor_warm", "Halden Medical", "", "en",
      ("Halden Medical", "no-reply@teamtailor-mail.com"),
      "Thanks for your interest in Halden Medical", "2026-03-30 10:05 +0100",
      "Hi Grainne!\n\nWe really appreciate you applying to be our Clinical Education "
      "Coordinator. We've read every application ourselves, and this time we've chosen to "
      "continue with other applicants for the role.\n\nThis isn't a reflection on your ability "
      "and we'd love to see your name again in the future.\n\nWarmly,\nThe Halden team"),
    M(R, "ashby_after_final", "Cairnview Health Tech", "isla.reid@cairnview.example.co.uk", "en",
      ("Isla Reid via Ashby", "no-reply@ashbyhq.com"),
      "Cairnview - final stage outcome", "2026-06-24 17:33 +0100",
      "Hi Grainne,\n\nThanks for meeting Kenny and Ruth for the final conversation. After a lot of "
      "discussion the team decided another finalist was a slightly better match for where the "
      "product is headed, so we won't be extending an offer.\n\nHappy to share more detail if "
      "you reply to this email.\n\nIsla Reid\nPeople Lead, Cairnview Health Tech",
      reply_to=("Isla Reid", "isla.reid@cairnview.example.co.uk")),
    M(R, "agency_unnamed_client", "Hartwell Healthcare Search", "james.okafor@hartwellsearch.example.co.uk",
      "en", ("James Okafor", "james.okafor@hartwellsearch.example.co.uk"),
      "Medical device role - update", "2026-07-02 12:44 +0100",
      "Hi Grainne,\n\nQuick update on the confidential surgical devices role in North London. "
      "My client has reviewed the shortlist and has chosen not to progress your application - "
      "they are prioritising people who have already sold into NHS trusts.\n\nI'll keep you in "
      "mind for anything more clinical-support focused.\n\nBest,\nJames Okafor\nPrincipal "
      "Consultant | Hartwell Healthcare Search\n+44 20 5550 1188"),
    M(R, "successfactors_generic", "Norrland Dental Care", "", "en",
      ("Norrland Dental Care Recruiting", "noreply@successfactors.eu"),
      "Status of your application - Patient Liaison Officer", "2026-10-06 06:58 +0100",
      "Dear Grainne,\n\nThe recruitment process for the Patient Liaison Officer position (Job ID "
      "20934) is now complete. We regret that we are not able to offer you a position at this "
      "time.\n\nThis is an automatically generated message.\n\nNorrland Dental Care",
      charset="iso-8859-1"),
    M(R, "after_trial_day", "Smile Studio Limerick", "aisling@smilestudio.example.ie", "en",
      ("Aisling Quinn", "aisling@smilestudio.example.ie"),
      "Your trial day", "2026-08-28 19:20 +0100",
      "Hi Gráinne,\n\nThank you so much for spending Wednesday with us. The girls loved working "
      "with you. Having thought it over, we feel the role needs someone with more front-of-house "
      "software experience than you have right now, so we're going to leave it there.\n\nAll the "
      "best,\nAisling\nPractice Manager, Smile Studio Limerick", cte="base64"),
    # German
    M(R, "de_personio_absage", "Isar Dentaltechnik", "", "de",
      ("Isar Dentaltechnik GmbH", "noreply@personio.de"),
      "Ihre Bewerbung als Vertriebsinnendienst (m/w/d)", "2026-06-16 10:12 +0200",
      "Sehr geehrte Frau Okonkwo-Baptiste,\n\nvielen Dank für das angenehme Gespräch und Ihr "
      "Interesse an unserem Unternehmen. Nach sorgfältiger Abwägung müssen wir Ihnen leider "
      "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nWir wünschen Ihnen "
      "für Ihren weiteren Weg alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung\nIsar "
      "Dentaltechnik GmbH, Landsberger Str. 302, 80687 München",
      cte="quoted-printable", reply=["isar_inv"]),
    M(R, "de_softgarden_keine_beruecksichtigung", "Alpenmed", "", "de",
      ("Alpenmed Karriere", "noreply@softgarden.io"),
      "Rückmeldung zu Ihrer Bewerbung", "2026-04-09 14:00 +0200",
      None, html=ats_card("Alpenmed Karriere", "#c0392b",
                          "Guten Tag Frau Okonkwo-Baptiste,\n\nwir haben Ihre Unterlagen für die "
                          "Position Produktspezialistin Dental mit Interesse gelesen. Leider "
                          "können wir Ihre Bewerbung im weiteren Auswahlverfahren nicht "
                          "berücksichtigen.\n\nIhre Daten löschen wir gemäß DSGVO nach sechs "
                          "Monaten.\n\nFreundliche Grüße\nIhr Alpenmed Recruiting-Team"),
      subj_enc=("iso-8859-1", "Q"), charset="iso-8859-1"),
    M(R, "de_agentur_kunde", "Klinikum Schwabing Süd", "markus.lenz@medtalent.example.de", "de",
      ("Markus Lenz", "markus.lenz@medtalent.example.de"),
      "Feedback Klinikum", "2026-05-26 16:22 +0200",
      "Hallo Frau Okonkwo-Baptiste,\n\nich habe heute Rückmeldung vom Klinikum Schwabing Süd "
      "erhalten: Man hat sich gegen eine Fortsetzung des Prozesses entschieden, da fließendes "
      "Deutsch auf C1-Niveau für die Stelle in der Medizintechnik-Koordination zwingend ist.\n\n"
      "Das tut mir leid. Ich melde mich, sobald ich eine englischsprachige Position habe.\n\n"
      "Beste Grüße\nMarkus Lenz\nMedTalent Partners GmbH | Sendlinger Str. 12 | 80331 München\n"
      "Tel. +49 89 5550 3321"),
    M(R, "de_stelle_intern", "Dentalhaus Nord", "s.vogt@dentalhaus-nord.example.de", "de",
      ("Sabine Vogt", "s.vogt@dentalhaus-nord.example.de"),
      "Stelle Kundenbetreuung", "2026-09-14 08:40 +0200",
      "Liebe Frau Okonkwo-Baptiste,\n\ndie ausgeschriebene Stelle in der Kundenbetreuung wurde "
      "inzwischen intern nachbesetzt. Wir bedauern, Ihnen keine positivere Nachricht geben zu "
      "können.\n\nViele Grüße\nSabine Vogt", charset="iso-8859-1", cte="8bit"),
    M(R, "de_kurz_nach_gespraech", "Medivis", "j.brandt@medivis.example.de", "de",
      ("Jonas Brandt", "j.brandt@medivis.example.de"),
      "AW: Unser Gespräch am Dienstag", "2026-07-23 18:05 +0200",
      "Hallo Gráinne,\n\ndanke nochmal für Dienstag. Ehrlich gesagt passt es diesmal nicht - wir "
      "brauchen jemanden, der sofort Außendienst fahren kann. Alles Gute dir!\n\nJonas\n\n"
      + quote("Hallo Jonas,\nvielen Dank für das nette Gespräch, ich freue mich auf die nächsten "
              "Schritte.\nGráinne", "Am 21.07.2026 um 17:40 schrieb Grainne Okonkwo-Baptiste "
              "<grainne.ob@example.ie>:")),
    # French
    M(R, "fr_refus_formel", "Atlantique Médical", "", "fr",
      ("Atlantique Médical - Recrutement", "recrutement@taleo.net"),
      "Votre candidature - Assistante commerciale dispositifs médicaux", "2026-03-12 11:00 +0100",
      "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Atlantique Médical. Après "
      "étude attentive de votre dossier, nous sommes au regret de vous informer que votre "
      "candidature n'a pas été retenue pour ce poste.\n\nNous vous souhaitons pleine réussite "
      "dans vos recherches.\n\nLe service Ressources Humaines",
      subj_enc=("utf-8", "Q"), headers=[("Auto-Submitted", "auto-generated")]),
    M(R, "fr_poste_suspendu", "Clinique Dentaire de l'Erdre", "h.leroux@clinique-erdre.example.fr",
      "fr", ("Hélène Leroux", "h.leroux@clinique-erdre.example.fr"),
      "Poste de coordinatrice", "2026-05-04 09:17 +0200",
      "Bonjour Gráinne,\n\nJe reviens vers vous concernant le poste de coordinatrice de soins. La "
      "direction a décidé de geler ce recrutement jusqu'à nouvel ordre ; nous ne donnerons donc "
      "pas suite à votre candidature.\n\nBien cordialement,\nHélène Leroux\nResponsable RH\n"
      "Clinique Dentaire de l'Erdre - 8 quai de Versailles, 44000 Nantes",
      name_enc=("iso-8859-1", "Q"), charset="iso-8859-1", cte="quoted-printable"),
    M(R, "fr_agence_client", "Ouest Implants", "camille.martin@santerh.example.fr", "fr",
      ("Camille Martin", "camille.martin@santerh.example.fr"),
      "Retour Ouest Implants", "2026-07-08 15:30 +0200",
      "Bonjour Madame Okonkwo-Baptiste,\n\nJ'ai eu le retour d'Ouest Implants suite à votre "
      "entretien de jeudi : ils ont choisi de poursuivre avec une autre candidate, plus "
      "expérimentée en ADV. Je suis désolée de ne pas avoir de meilleure nouvelle.\n\nJe reste "
      "à votre écoute pour d'autres opportunités.\n\nCamille Martin\nConsultante - Santé RH "
      "Conseil, Nantes\n02 40 55 50 12"),
    M(R, "fr_apres_entretien", "Atlantique Médical", "sophie.garnier@atlantique-medical.example.fr", "fr",
      ("Sophie Garnier", "sophie.garnier@atlantique-medical.example.fr"),
      "RE: Entretien - Chargée de support clinique", "2026-09-22 12:02 +0200",
      "Bonjour Gráinne,\n\nMerci encore pour votre venue. Malgré un échange très agréable, nous "
      "avons retenu un profil disposant déjà d'une expérience en bloc opératoire. Je garde "
      "votre CV pour de futurs besoins.\n\nCordialement,\nSophie Garnier\n\n"
      + quote("Bonjour Sophie,\nmerci pour l'invitation à l'entretien du 15 septembre, je "
              "confirme ma présence.\nGráinne", "Le 3 sept. 2026 à 10:11, Grainne "
              "Okonkwo-Baptiste <grainne.ob@example.ie> a écrit :")),
    # Spanish
    M(R, "es_rechazo_formal", "Levante Dental", "", "es",
      ("Levante Dental - Selección", "no-reply@jobs.recruitee.com"),
      "Tu candidatura a Coordinadora Comercial", "2026-04-21 13:45 +0200",
      "Hola Gráinne,\n\nGracias por tu interés en Levante Dental y por el tiempo dedicado al "
      "proceso. Tras valorar todas las candidaturas, lamentamos comunicarte que no continuarás "
      "en el proceso de selección para este puesto.\n\nTe deseamos mucha suerte.\n\nEquipo de "
      "Personas, Levante Dental", subj_enc=("utf-8", "B")),
    M(R, "es_puesto_cancelado", "Turia Medical", "marta.soler@turiamedical.example.es", "es",
      ("Marta Soler", "marta.soler@turiamedical.example.es"),
      "Proceso de selección Especialista de Producto", "2026-06-02 10:20 +0200",
      "Estimada Gráinne:\n\nTe escribo para informarte de que la empresa ha decidido cancelar el "
      "proceso de Especialista de Producto por motivos presupuestarios. Por tanto, no podremos "
      "seguir adelante con tu candidatura.\n\nUn saludo cordial,\nMarta Soler\nResponsable de "
      "Selección - Turia Medical S.L.\nAv. de Aragón 30, 46021 Valencia",
      charset="iso-8859-1", cte="quoted-printable"),
    M(R, "es_agencia_cliente", "Clínicas Mediterráneo", "pablo.ruiz@talentosanitario.example.es", "es",
      ("Pablo Ruiz", "pablo.ruiz@talentosanitario.example.es"),
      "Novedades sobre Clínicas Mediterráneo", "2026-08-06 17:10 +0200",
      "Hola Gráinne,\n\nTe cuento: Clínicas Mediterráneo ha optado por otra persona para el "
      "puesto de coordinadora de pacientes. Valoraron mucho tu experiencia, pero buscaban a "
      "alguien con valenciano.\n\nSeguimos en contacto para otras posiciones.\n\nPablo Ruiz\n"
      "Talento Sanitario - Consultor\n+34 96 555 0177", cte="base64"),
    M(R, "es_tras_entrevista_casual", "Levante Dental", "andrea.ferrer@levantedental.example.es", "es",
      ("Andrea Ferrer", "andrea.ferrer@levantedental.example.es"),
      "Re: gracias por la entrevista", "2026-10-01 09:55 +0200",
      "Hola Gráinne,\n\nmil gracias por tu mensaje. Al final nos quedamos con una compañera que "
      "ya conocía nuestro software de gestión, así que esta vez no va a poder ser. Ojalá "
      "coincidamos más adelante.\n\nUn abrazo,\nAndrea\n\n"
      + quote("Hola Andrea,\n\nmuchas gracias por la entrevista de hoy y por la segunda "
              "oportunidad, me encantó conocer el equipo.\n\nSaludos,\nGráinne", "El 30 sept 2026, a las 20:03, Grainne "
              "Okonkwo-Baptiste <grainne.ob@example.ie> escribió:"),
      reply=["levante_thanks"]),
]
