"""Corpus 244, rejections: 31 hand-written messages."""

from msgs244_common import CAND, M, ats_card, de_q, es_q, fr_q, gmail_q, outlook_html, outlook_q


def R(*a, **kw):
    return M("rejection", *a, **kw)


MSGS = [
    R("workday_formal", "en", "Tamar Valley Cider", "",
      "Tamar Valley Cider <tamarvalleycider@myworkday.com>",
      "Your application: Digital Marketing Executive (REQ-2231)", "2026-02-11 09:02 +0000",
      "Dear Morwenna,\n\nThank you for your interest in the Digital Marketing Executive role at "
      "Tamar Valley Cider.\n\nAfter careful review we regret to inform you that your application "
      "has not been successful on this occasion. We will keep your details on file for six months."
      "\n\nKind regards,\nTalent Acquisition\nTamar Valley Cider\n\nThis mailbox is not monitored.",
      html=ats_card("Tamar Valley Cider", "#7a1f2b",
                    "Dear Morwenna,\n\nThank you for your interest in the Digital Marketing "
                    "Executive role at Tamar Valley Cider.\n\nAfter careful review we regret to "
                    "inform you that your application has not been successful on this occasion. "
                    "We will keep your details on file for six months.\n\nKind regards,\n"
                    "Talent Acquisition", footer="Powered by Workday")),
    R("greenhouse_closer_match", "en", "Bristol Harbourside Trust", "",
      "Bristol Harbourside Trust <no-reply@greenhouse-mail.io>",
      "Update on your application to Bristol Harbourside Trust", "2026-03-03 16:40 +0000",
      "Hi Morwenna,\n\nWe appreciate the time you took to apply for Marketing Executive "
      "(Visitor Campaigns). We have decided to move forward with candidates whose experience more "
      "closely matches the brief for this particular role.\n\nWe wish you every success in your "
      "search.\n\nThe Bristol Harbourside Trust People Team"),
    R("on_hold_council", "en", "Exe Valley District Council", "recruitment@exevalley.example.gov.uk",
      "Exe Valley Recruitment <recruitment@exevalley.example.gov.uk>",
      "Ref EVDC/0419 Communications & Digital Officer", "2026-04-22 11:15 +0100",
      "Dear Ms Achebe-Lindqvist,\n\nI am writing regarding your application for the post of "
      "Communications & Digital Officer (ref EVDC/0419).\n\nFollowing a review of departmental "
      "budgets, the role has been put on hold and we will not proceed with the recruitment at this "
      "time. This means we are unable to take your application any further.\n\nIf the post is "
      "re-advertised it will appear on our jobs page and you would be welcome to reapply.\n\n"
      "Yours sincerely,\n\nHelen Trewartha\nHR Adviser\nExe Valley District Council\n"
      "Civic Centre, Exeter EX1 9ZZ\nTel 01392 000 419\n\n"
      "This email and any attachments are confidential and intended solely for the addressee. If "
      "you have received it in error please notify the sender and delete it. Views expressed are "
      "not necessarily those of Exe Valley District Council.", parent="evdc_ack"),
    R("terse_human", "en", "Pendennis Print Co", "jory@pendennisprint.example.co.uk",
      "Jory Hocking <jory@pendennisprint.example.co.uk>", "Re: Marketing assistant",
      "2026-01-19 17:52 +0000",
      "Hi Morwenna - thanks for sending this over. We've gone with someone else, sorry. Good luck.\n"
      "\nJory\n\n" + gmail_q("Morwenna Achebe-Lindqvist <" + CAND + ">", "Fri, 16 Jan 2026 at 10:04",
                              "Dear Jory,\n\nPlease find my CV attached for the marketing assistant "
                              "role you posted. I'd love the chance of an interview.\n\nMorwenna")),
    R("agency_client_no", "en", "Cardiff Bay Ferries", "gethin.morgan@dragonrec.example.co.uk",
      "Gethin Morgan <gethin.morgan@dragonrec.example.co.uk>",
      "Cardiff Bay Ferries - feedback", "2026-05-07 13:20 +0100",
      "Hi Morwenna,\n\nJust had Cardiff Bay Ferries back on the phone. They've chosen not to take "
      "you to the next stage - the hiring manager felt they need somebody with more paid-social "
      "budget ownership. I know that's disappointing after the effort you put in.\n\nI'll keep "
      "putting you forward for anything that fits - there are two seaside retailers I'm chatting "
      "to this week.\n\nCheers,\nGethin Morgan\nSenior Consultant | Dragon Recruitment\n"
      "07700 900 412 | Cardiff CF10", parent="cbf_invite"),
    R("after_interview_quote_thanks", "en", "Severn & Gorge Outfitters",
      "ellie.dunn@severngorge.example.co.uk",
      "Ellie Dunn <ellie.dunn@severngorge.example.co.uk>",
      "Re: Thank you - Digital Marketing Executive interview", "2026-03-27 10:05 +0000",
      "Hi Morwenna,\n\nThank you for your kind note, and for coming in last week. It was a close "
      "call, but we've offered the position to another candidate who has run a retail email "
      "programme before. Your content ideas for the Clifton store were lovely and the panel "
      "wanted me to say so.\n\nAll the best,\nEllie\n\nEllie Dunn | Head of Marketing\n"
      "Severn & Gorge Outfitters | 14 Gloucester Road, Bristol BS7\n\n"
      + gmail_q("Morwenna Achebe-Lindqvist <" + CAND + ">", "Thu, 19 Mar 2026 at 18:12",
                "Hi Ellie,\n\nThank you so much for the interview today. I really enjoyed "
                "meeting the team and would love to join you.\n\nBest wishes,\nMorwenna"),
      parent="sg_thanks"),
    R("filled_internally", "en", "Padstow Harbour Hotels", "careers@padstowhh.example.co.uk",
      "Padstow Harbour Hotels Careers <careers@padstowhh.example.co.uk>",
      "Digital Marketing Executive - position update", "2026-06-02 08:45 +0100",
      "Dear Morwenna,\n\nWe wanted to let you know that the Digital Marketing Executive vacancy has "
      "now been filled internally by a member of our reservations team, so we are closing the "
      "recruitment and won't be taking applications further.\n\nThank you for thinking of "
      "Padstow Harbour Hotels.\n\nWarm regards,\nCareers Team",
      html=outlook_html("Dear Morwenna,\n\nWe wanted to let you know that the Digital Marketing "
                        "Executive vacancy has now been filled internally by a member of our "
                        "reservations team, so we are closing the recruitment and won't be taking "
                        "applications further.\n\nThank you for thinking of Padstow Harbour Hotels."
                        "\n\nWarm regards,\nCareers Team")),
    R("casual_colleague", "en", "Fal Estuary Kayaks", "dan@falkayaks.example.co.uk",
      "Dan Roskilly <dan@falkayaks.example.co.uk>", "social media bit",
      "2026-07-14 21:09 +0100",
      "Alright Morwenna,\n\nHope you're keeping well. Bad news I'm afraid - we talked it through "
      "and we're going to keep the socials in-house with Kerensa for the summer, so the paid role "
      "isn't happening for you this time round. Gutted, you'd have been proper good at it.\n\n"
      "Pop in for a paddle dreckly, on the house.\n\nDan"),
    R("smartrecruiters_html_only", "en", "Plymouth Marine Aquarium", "",
      "Plymouth Marine Aquarium <noreply@smartrecruiters.com>",
      "Plymouth Marine Aquarium: Content & Social Media Executive", "2026-02-25 12:00 +0000",
      html=ats_card("Plymouth Marine Aquarium", "#0b5e7a",
                    "Hello Morwenna,\n\nMany thanks for applying for the Content & Social Media "
                    "Executive position. We received a very high number of applications and, "
                    "having reviewed yours carefully, we will not be inviting you to interview.\n\n"
                    "Please do keep an eye on our careers site for future roles.",
                    footer="Sent via SmartRecruiters. Please do not reply.")),
    R("lever_reply_to_human", "en", "Kernow Craft Collective", "bryony@kernowcraft.example.co.uk",
      "Bryony Chenoweth <no-reply@hire.lever.co>",
      "Kernow Craft Collective - Marketing Executive", "2026-04-09 15:31 +0100",
      "Hi Morwenna,\n\nI'm writing to let you know we won't be moving your application forward for "
      "the Marketing Executive role. It wasn't an easy decision: we had over 200 applicants for "
      "a single post.\n\nIf you'd like a couple of lines of feedback, just reply and I'll send some "
      "over.\n\nBryony Chenoweth\nOperations Lead, Kernow Craft Collective",
      reply_to="Bryony Chenoweth <bryony@kernowcraft.example.co.uk>"),
    R("icims_qp_long", "en", "Westcountry Building Society", "",
      "Westcountry Building Society <westcountrybs@icims.com>",
      "Your candidacy for Marketing Executive - Digital Channels (Job 4471)",
      "2026-05-19 07:30 +0100",
      "Dear Morwenna Achebe-Lindqvist,\n\nThank you for applying for Marketing Executive - Digital "
      "Channels (Job 4471). Your application has been reviewed against the essential criteria "
      "listed in the job profile, and on this occasion it has not been shortlisted.\n\n"
      "Because of the volume of applications, we're unable to provide individual feedback at this "
      "stage.\n\nWestcountry Building Society is authorised by the Prudential Regulation Authority "
      "and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.",
      cte="quoted-printable"),
    R("ashby_after_task", "en", "Quayside Digital", "",
      "Quayside Digital <no-reply@ashbyhq.com>", "Your take-home task - Quayside Digital",
      "2026-06-18 14:02 +0100",
      "Hi Morwenna,\n\nThanks for completing the take-home task for our Junior Digital Marketing "
      "Executive role. Our team reviewed your submission alongside others, and we've decided not "
      "to progress with your application.\n\nWe know a task takes real time, so thank you.\n\n"
      "Quayside Digital Hiring Team"),
    R("charity_windows1252", "en", "Tamar Otter Trust", "sian.rowe@tamarotter.example.org.uk",
      "Siân Rowe <sian.rowe@tamarotter.example.org.uk>",
      "Digital Engagement Officer – outcome", "2026-04-30 16:48 +0100",
      "Dear Morwenna,\n\nThank you for attending the assessment morning in Plymouth – it was a "
      "pleasure to meet you.\n\nI’m sorry to tell you that we won’t be offering you the Digital "
      "Engagement Officer post. The panel scored your fundraising email exercise well, but "
      "another candidate’s experience with our CRM tipped the balance.\n\nWith best wishes,\n"
      "Siân Rowe\nSupporter Engagement Manager\nTamar Otter Trust, Registered charity no. 1100000",
      charset="windows-1252", frm_enc=("iso-8859-1", "Q"), parent="tot_invite"),
    R("outlook_chain_rejection", "en", "Camborne College Group", "m.penrose@camborne.example.ac.uk",
      "Mark Penrose <m.penrose@camborne.example.ac.uk>",
      "RE: Marketing Officer interview", "2026-08-06 12:44 +0100",
      "Hi Morwenna,\n\nFurther to your interview on Monday, I'm afraid we've decided to appoint "
      "another candidate to the Marketing Officer role.\n\nThanks again for your time.\n\n"
      "Mark Penrose\nMarketing Manager | Camborne College Group\nTrevenson Road, Pool TR15\n"
      "T: 01209 000 777\n\n"
      + outlook_q("Mark Penrose", "Wednesday, July 29, 2026 09:12", "Morwenna Achebe-Lindqvist",
                  "Marketing Officer interview",
                  "Hi Morwenna,\n\nWe'd like to invite you to interview on Monday 3 August at "
                  "11:00 in the main building. Please bring a short portfolio.\n\nMark"),
      html=outlook_html("Hi Morwenna,\n\nFurther to your interview on Monday, I'm afraid we've "
                        "decided to appoint another candidate to the Marketing Officer role.\n\n"
                        "Thanks again for your time.\n\nMark Penrose\nMarketing Manager | "
                        "Camborne College Group")),
    R("teamtailor_base64", "en", "Cornish Pasty Emporium", "",
      "Cornish Pasty Emporium <notifications@teamtailor-mail.com>",
      "About your application", "2026-09-01 10:10 +0100",
      "Hi Morwenna!\n\nThanks for wanting to join the Emporium crew. We've read every application "
      "ourselves, and this time we're not taking yours further for the E-commerce & Social "
      "Executive role.\n\nDon't let it put you off – we hire every spring.\n\nThe Emporium team",
      cte="base64"),
    R("no_longer_considering", "en", "Gwithian Surf School", "kit@gwithiansurf.example.co.uk",
      "Kit Tregear <kit@gwithiansurf.example.co.uk>",
      "Re: Digital marketing freelance-to-perm", "2026-03-12 19:40 +0000",
      "Morwenna,\n\nApologies for being slow. We're no longer considering anyone for this - the "
      "owners decided to pause hiring until after Easter and may not restart.\n\nKit"),
    R("encoded_subject_b", "en", "Bath Road Books", "",
      "Bath Road Books Hiring <hiring@bamboohr.com>",
      "Re: Marketing Executive – Bath Road Books ✉", "2026-10-02 09:00 +0100",
      "Dear Morwenna,\n\nThank you for your patience during our process. We've now completed "
      "first interviews and regret that we won't be inviting you to a second round.\n\n"
      "Bath Road Books", subj_enc=("utf-8", "B")),
    R("workable_unsuccessful", "en", "Exmoor Escapes", "",
      "Exmoor Escapes <noreply@workablemail.com>",
      "Exmoor Escapes | Marketing Executive", "2026-07-21 11:11 +0100",
      "Hi Morwenna,\n\nUnfortunately you have not been selected for the next stage of Marketing "
      "Executive at Exmoor Escapes. We truly value the time you invested in your application.\n\n"
      "Exmoor Escapes", html=ats_card("Exmoor Escapes", "#3a5a40",
                                      "Hi Morwenna,\n\nUnfortunately you have not been selected "
                                      "for the next stage of Marketing Executive at Exmoor Escapes."
                                      " We truly value the time you invested in your application.",
                                      footer="Sent with Workable")),
    # --- German (5)
    R("personio_absage", "de", "Domblick Reisen", "",
      "Domblick Reisen <jobs@personio.de>", "Ihre Bewerbung als Online-Marketing-Manager (m/w/d)",
      "2026-02-16 10:30 +0100",
      "Hallo Frau Achebe-Lindqvist,\n\nvielen Dank für Ihre Bewerbung und das Interesse an "
      "Domblick Reisen. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir "
      "Ihre Bewerbung nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen für Ihre "
      "berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Domblick Reisen Team",
      charset="iso-8859-1", subj_enc=("iso-8859-1", "Q")),
    R("softgarden_html", "de", "Kölner Stadtbibliothek Förderverein", "",
      "Kölner Stadtbibliothek Förderverein <noreply@softgarden.io>",
      "Rückmeldung zu Ihrer Bewerbung", "2026-03-24 14:00 +0100",
      html=ats_card("Förderverein", "#224488",
                    "Sehr geehrte Frau Achebe-Lindqvist,\n\nwir haben uns die Entscheidung nicht "
                    "leicht gemacht. Für die Stelle Referent*in Digitale Kommunikation haben wir uns "
                    "jedoch für eine Person entschieden, deren Profil unseren Anforderungen noch "
                    "besser entspricht.\n\nHerzliche Grüße\nDas Team des Fördervereins",
                    footer="Diese E-Mail wurde automatisch versendet.")),
    R("after_interview_de", "de", "Rheinufer Kommunikation", "j.bergmann@rheinufer.example.de",
      "Jana Bergmann <j.bergmann@rheinufer.example.de>",
      "AW: Danke für das Gespräch", "2026-05-28 09:14 +0200",
      "Liebe Frau Achebe-Lindqvist,\n\nherzlichen Dank für Ihre freundliche Nachricht. Leider "
      "muss ich Ihnen heute absagen: Wir haben die Position im Team Social Media mit einer "
      "Kandidatin besetzt, die bereits Erfahrung mit Kundenetats im Handel mitbringt.\n\n"
      "Viele Grüße aus Köln\nJana Bergmann\nTeamleitung Social Media\nRheinufer Kommunikation "
      "GmbH · Deutzer Freiheit 9 · 50679 Köln · Tel. +49 221 000 1234\n\n"
      + de_q("Morwenna Achebe-Lindqvist <" + CAND + ">", "Fr., 22. Mai 2026 um 17:30",
             "Liebe Frau Bergmann,\n\nvielen Dank für das angenehme Gespräch heute. Ich würde "
             "mich sehr freuen, Teil Ihres Teams zu werden.\n\nHerzliche Grüße\nMorwenna"),
      charset="iso-8859-1", cte="quoted-printable"),
    R("stelle_entfallen", "de", "Biomarkt Ehrenfeld", "personal@biomarkt-ehrenfeld.example.de",
      "Personalabteilung Biomarkt Ehrenfeld <personal@biomarkt-ehrenfeld.example.de>",
      "Stelle Marketing-Assistenz entfällt", "2026-08-11 08:20 +0200",
      "Guten Tag Frau Achebe-Lindqvist,\n\ndie ausgeschriebene Stelle Marketing-Assistenz "
      "(Teilzeit) wird nach einer internen Umstrukturierung nicht besetzt. Das "
      "Bewerbungsverfahren ist damit beendet; Ihre Unterlagen werden gemäß DSGVO gelöscht.\n\n"
      "Freundliche Grüße\nPersonalabteilung"),
    R("agency_de_kunde", "de", "Hafenkante Mode", "t.schreiner@personalwerk.example.de",
      "Tobias Schreiner <t.schreiner@personalwerk.example.de>",
      "Feedback Hafenkante Mode", "2026-09-15 16:05 +0200",
      "Hallo Morwenna,\n\nich habe heute Rückmeldung von Hafenkante Mode bekommen. Der Kunde "
      "möchte den Prozess mit dir leider nicht fortsetzen – man sucht doch jemanden mit "
      "fließendem Deutsch für die Kundenkommunikation.\n\nIch melde mich, sobald ich etwas "
      "Englischsprachiges in Köln habe.\n\nBeste Grüße\nTobias Schreiner\nPersonalwerk "
      "Rheinland", cte="base64"),
    # --- French (4)
    R("lefeuvre_interne", "fr", "Maison Lefeuvre", "c.guerin@maisonlefeuvre.example.fr",
      "Camille Guérin <c.guerin@maisonlefeuvre.example.fr>",
      "Re: Poste de chargée de marketing digital", "2026-06-10 11:30 +0200",
      "Bonjour Morwenna,\n\nJe reviens vers vous au sujet du poste de chargée de marketing "
      "digital. Nous avons finalement choisi de confier ce poste à une collaboratrice déjà en "
      "interne, au service boutique. Je suis désolée de ne pas pouvoir vous donner une meilleure "
      "nouvelle.\n\nBien à vous,\nCamille Guérin\nResponsable communication\nMaison Lefeuvre, "
      "12 quai de la Fosse, 44000 Nantes\n\n"
      + fr_q("Morwenna Achebe-Lindqvist <" + CAND + ">", "mar. 2 juin 2026 à 09:02",
             "Bonjour Camille,\n\nMerci de m'avoir prévenue de l'annulation de l'entretien. Je "
             "reste disponible pour un nouveau créneau.\n\nMorwenna"),
      charset="iso-8859-1", subj_enc=("iso-8859-1", "Q"), parent="ml_me"),
    R("fr_ats_refus", "fr", "Atlantique Voyages", "",
      "Atlantique Voyages <noreply@jobs.recruitee.com>",
      "Votre candidature – Chargé(e) de communication digitale", "2026-04-14 10:00 +0200",
      "Bonjour Morwenna,\n\nNous vous remercions de l'intérêt porté à Atlantique Voyages. Après "
      "étude attentive de votre dossier, nous sommes au regret de ne pas pouvoir y donner une "
      "suite favorable.\n\nNous conservons votre CV, avec votre accord, pendant deux ans.\n\n"
      "L'équipe recrutement", html=ats_card("Atlantique Voyages", "#005f73",
                                           "Bonjour Morwenna,\n\nNous vous remercions de l'intérêt "
                                           "porté à Atlantique Voyages. Après étude attentive de "
                                           "votre dossier, nous sommes au regret de ne pas pouvoir "
                                           "y donner une suite favorable.",
                                           footer="Envoyé via Recruitee")),
    R("fr_terse", "fr", "Les Biscuits de l'Erdre", "yann@biscuits-erdre.example.fr",
      "Yann Le Goff <yann@biscuits-erdre.example.fr>", "Candidature community manager",
      "2026-07-03 18:22 +0200",
      "Bonsoir,\n\nMerci pour votre candidature mais on a trouvé quelqu'un. Bonne continuation !"
      "\n\nYann"),
    R("fr_agence_client", "fr", "Cité des Vins de Loire", "amelie.roux@talentsouest.example.fr",
      "Amélie Roux <amelie.roux@talentsouest.example.fr>",
      "Retour de la Cité des Vins de Loire", "2026-09-22 14:47 +0200",
      "Bonjour Morwenna,\n\nLa Cité des Vins de Loire m'a fait son retour après votre échange "
      "de mardi : ils ne retiennent pas votre profil, car ils privilégient une personne ayant "
      "déjà géré des campagnes d'influence en France.\n\nCela ne remet pas en cause la qualité "
      "de votre entretien. Je vous recontacte dès qu'un autre poste se libère.\n\nAmélie Roux\n"
      "Consultante – Talents Ouest Recrutement\n02 40 00 00 00", cte="quoted-printable",
      frm_enc=("utf-8", "Q")),
    # --- Spanish (4)
    R("txori_tras_entrevista", "es", "Txori Agencia Creativa", "ane.zubiri@txori.example.es",
      "Ane Zubiri <ane.zubiri@txori.example.es>", "Re: Gracias por la entrevista",
      "2026-05-21 12:10 +0200",
      "Hola Morwenna:\n\nMuchas gracias por tu mensaje tan amable. Lamentablemente hemos decidido "
      "seguir con otra candidata para el puesto de Ejecutiva de Marketing Digital; buscábamos "
      "a alguien con euskera para algunas cuentas locales.\n\nTe deseamos mucha suerte.\n\nUn "
      "abrazo,\nAne Zubiri\nDirectora de Cuentas · Txori Agencia Creativa\nAlameda de Recalde 00, "
      "48009 Bilbao\n\n"
      + es_q("Morwenna Achebe-Lindqvist <" + CAND + ">", "jue, 14 may 2026 a las 19:05",
             "Hola Ane:\n\nGracias por la entrevista de hoy, me encantó conocer al equipo y "
             "quedo a la espera de noticias.\n\nSaludos,\nMorwenna"),
      parent="tx_thanks"),
    R("es_ats_descartada", "es", "Museo Marítimo del Nervión", "",
      "Museo Marítimo del Nervión <noreply@smartrecruiters.com>",
      "Actualización sobre tu candidatura", "2026-03-18 09:40 +0100",
      "Hola Morwenna,\n\nGracias por tu interés en el puesto de Técnica de Comunicación Digital. "
      "Tras revisar todas las candidaturas, hemos decidido no continuar con la tuya en este "
      "proceso.\n\nUn saludo,\nEquipo de Selección", subj_enc=("utf-8", "Q")),
    R("es_puesto_cancelado", "es", "Conservas Gure Itsasoa", "rrhh@gureitsasoa.example.es",
      "RRHH Gure Itsasoa <rrhh@gureitsasoa.example.es>",
      "Proceso de selección Marketing Online", "2026-06-25 13:00 +0200",
      "Estimada Morwenna:\n\nTe escribimos para informarte de que la empresa ha decidido cancelar "
      "el proceso de selección para el puesto de Responsable de Marketing Online, por lo que no "
      "seguiremos adelante con ninguna candidatura.\n\nAgradecemos tu tiempo.\n\nAtentamente,\n"
      "Recursos Humanos\nConservas Gure Itsasoa S.L., Bermeo", charset="iso-8859-1"),
    R("es_casual", "es", "Pintxo Lab", "iker@pintxolab.example.es",
      "Iker Etxeberria <iker@pintxolab.example.es>", "lo de redes",
      "2026-08-19 22:15 +0200",
      "Ey Morwenna, al final no vamos a contratar a nadie para redes este año, lo llevamos "
      "entre los socios. Siento no traer mejores noticias. ¡Suerte!\n\nIker", cte="base64",
      charset="windows-1252"),
]
