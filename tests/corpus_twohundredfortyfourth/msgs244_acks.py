"""Corpus 244, application acknowledgements and offers."""

from msgs244_common import CAND, M, ats_card, de_q, gmail_q, outlook_html


def A(*a, **kw):
    return M("application_received", *a, **kw)


def O(*a, **kw):
    return M("offer", *a, **kw)


ME_Q = "Morwenna Achebe-Lindqvist <" + CAND + ">"
KC = "tamsin.pascoe@kernowcoast.example.co.uk"

MSGS = [
    # ---------------- application_received: en 12
    A("teamtailor_kernow_coast", "en", "Kernow Coast Tourism", "",
      "Kernow Coast Tourism <no-reply@teamtailor-mail.com>",
      "Thanks for applying to Kernow Coast Tourism", "2026-03-20 08:14 +0000",
      "Hi Morwenna,\n\nThanks for applying for Digital Marketing Executive! We've received your "
      "application and our team will review it over the next two weeks.\n\nUnfortunately we "
      "cannot reply to every applicant individually, so if you haven't heard from us by 10 April, "
      "please assume we won't be taking your application further this time.\n\nKernow Coast "
      "Tourism", html=ats_card("Kernow Coast Tourism", "#1d3557",
                               "Hi Morwenna,\n\nThanks for applying for Digital Marketing "
                               "Executive! We've received your application and our team will "
                               "review it over the next two weeks.\n\nUnfortunately we cannot "
                               "reply to every applicant individually.", footer="Teamtailor"),
      id="kc_ack"),
    A("council_ack", "en", "Exe Valley District Council", "",
      "Exe Valley District Council <no-reply@exevalley.example.gov.uk>",
      "Application received: EVDC/0419", "2026-03-30 23:58 +0100",
      "This is an automated message. Your application for Communications & Digital Officer "
      "(EVDC/0419) was submitted successfully on 30/03/2026. Shortlisting will take place after "
      "the closing date of 12 April.\n\nPlease do not reply to this email.",
      headers={"Auto-Submitted": "auto-generated"}, id="evdc_ack"),
    A("agency_registration", "en", "Dragon Recruitment", "gethin.morgan@dragonrec.example.co.uk",
      "Gethin Morgan <gethin.morgan@dragonrec.example.co.uk>",
      "Welcome to Dragon Recruitment", "2026-04-15 12:40 +0100",
      "Hi Morwenna,\n\nGreat to speak earlier. You're now registered with us, and I've got your CV "
      "on file for digital marketing roles in Cardiff and Bristol. I'll be in touch as soon as "
      "something suitable comes in.\n\nGethin Morgan\nSenior Consultant | Dragon Recruitment\n"
      "07700 900 412\n\nDragon Recruitment Ltd is an employment agency. Registered in Wales."),
    A("workday_submitted", "en", "Westcountry Building Society", "",
      "Westcountry Building Society <westcountrybs@myworkday.com>",
      "Thank you for your application (Job 4471)", "2026-05-02 18:03 +0100",
      "Dear Morwenna,\n\nThank you for applying for Marketing Executive - Digital Channels. This "
      "email confirms we have received your application. You can track its status in your "
      "candidate home.\n\nWestcountry Building Society Recruitment", cte="quoted-printable"),
    A("human_got_cv", "en", "Fal Estuary Kayaks", "dan@falkayaks.example.co.uk",
      "Dan Roskilly <dan@falkayaks.example.co.uk>", "Re: Social media role",
      "2026-06-29 09:10 +0100",
      "Cheers Morwenna, got your CV. I'll have a proper look at the weekend and get back to you.\n"
      "\nDan\n\n" + gmail_q(ME_Q, "Sun, 28 Jun 2026 at 16:22",
                            "Hi Dan,\n\nI'd love to be considered for the social media role - "
                            "CV attached.\n\nMorwenna")),
    A("smartrecruiters_html", "en", "Plymouth Marine Aquarium", "",
      "Plymouth Marine Aquarium <noreply@smartrecruiters.com>",
      "We've received your application", "2026-02-09 10:20 +0000",
      html=ats_card("Plymouth Marine Aquarium", "#0b5e7a",
                    "Hello Morwenna,\n\nThanks for applying for Content & Social Media Executive. "
                    "We've received your application and will be in touch if you're shortlisted."
                    "\n\nDue to the volume of applications we cannot respond to everyone "
                    "personally.", footer="Sent via SmartRecruiters.")),
    A("icims_confirmation", "en", "Celtic Sea Holidays", "",
      "Celtic Sea Holidays <celticsea@icims.com>",
      "Application confirmation - Digital Marketing Executive", "2026-02-27 07:45 +0000",
      "Dear Morwenna,\n\nYour application for the Digital Marketing Executive position has been "
      "received. A member of our recruiting team will review your qualifications.\n\nCeltic Sea "
      "Holidays", cte="base64"),
    A("ashby_received", "en", "Quayside Digital", "",
      "Quayside Digital <no-reply@ashbyhq.com>",
      "Application received - Junior Digital Marketing Executive", "2026-05-24 21:31 +0100",
      "Hi Morwenna,\n\nThanks for your interest in Quayside Digital. We've got your application "
      "and will let you know about next steps within 10 working days.\n\nQuayside Digital"),
    A("bamboohr_received", "en", "Bath Road Books", "",
      "Bath Road Books <hiring@bamboohr.com>", "Bath Road Books: application received",
      "2026-08-20 13:00 +0100",
      "Hi Morwenna,\n\nThis is a quick note to say your application for Marketing Executive has "
      "landed safely. We'll review applications after the closing date on 4 September.\n\n"
      "Bath Road Books"),
    A("charity_ack_reply_to", "en", "Tamar Otter Trust", "nessa.hambly@tamarotter.example.org.uk",
      "Tamar Otter Trust <noreply@tamarotter.example.org.uk>",
      "Your application - Digital Engagement Officer", "2026-03-28 17:17 +0000",
      "Dear Morwenna,\n\nThank you for applying to work with Tamar Otter Trust. We confirm receipt "
      "of your application form and CV. If you have any questions, please reply to this email "
      "and our recruitment team will help.\n\nTamar Otter Trust", reply_to="Nessa Hambly <nessa.hambly@tamarotter.example.org.uk>"),
    A("outlook_retail_ack", "en", "Severn & Gorge Outfitters", "ellie.dunn@severngorge.example.co.uk",
      "Ellie Dunn <ellie.dunn@severngorge.example.co.uk>", "RE: Application - Digital Marketing Executive",
      "2026-03-04 11:02 +0000",
      "Hi Morwenna,\n\nThanks for your email and CV - received with thanks. We're collecting "
      "applications until Friday and will be in touch after that.\n\nEllie Dunn | Head of "
      "Marketing\n\n" + gmail_q(ME_Q, "Tue, 3 Mar 2026 at 19:40",
                                 "Dear Ellie,\n\nPlease find attached my application for the "
                                 "Digital Marketing Executive role.\n\nMorwenna"),
      html=outlook_html("Hi Morwenna,\n\nThanks for your email and CV - received with thanks. "
                        "We're collecting applications until Friday and will be in touch after "
                        "that.\n\nEllie Dunn | Head of Marketing")),
    A("recruitee_received", "en", "Lighthouse Lettings", "",
      "Lighthouse Lettings <noreply@jobs.recruitee.com>",
      "Lighthouse Lettings – we’ve got your application", "2026-09-01 09:09 +0100",
      "Hi Morwenna,\n\nThank you for applying for Marketing & Content Executive. Your "
      "application is now with our hiring team.\n\nLighthouse Lettings",
      subj_enc=("utf-8", "B")),
    # de 3
    A("personio_eingang", "de", "Rheinblick Medien", "",
      "Rheinblick Medien <jobs@personio.de>", "Eingangsbestätigung Ihrer Bewerbung",
      "2026-06-05 10:01 +0200",
      "Sehr geehrte Frau Achebe-Lindqvist,\n\nvielen Dank für Ihre Bewerbung als Digital "
      "Marketing Executive. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir melden "
      "uns innerhalb von zwei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nRheinblick Medien",
      charset="iso-8859-1", id="rb_ack"),
    A("softgarden_eingang", "de", "Domblick Reisen", "",
      "Domblick Reisen <noreply@softgarden.io>", "Ihre Bewerbung ist bei uns eingegangen",
      "2026-01-28 15:30 +0100",
      html=ats_card("Domblick Reisen", "#8d0801",
                    "Guten Tag Frau Achebe-Lindqvist,\n\nIhre Bewerbung ist bei uns eingegangen. "
                    "Leider können wir nicht jedem Bewerber einzeln antworten; wenn Sie innerhalb "
                    "von vier Wochen nichts von uns hören, haben wir uns anders entschieden.",
                    footer="softgarden e-recruiting")),
    A("agentur_registrierung", "de", "Personalwerk Rheinland", "t.schreiner@personalwerk.example.de",
      "Tobias Schreiner <t.schreiner@personalwerk.example.de>",
      "Deine Registrierung bei Personalwerk", "2026-08-26 11:30 +0200",
      "Hallo Morwenna,\n\ndanke für das nette Telefonat! Deine Unterlagen sind bei uns "
      "angekommen und du bist jetzt in unserem Kandidatenpool für Marketing-Positionen in Köln "
      "registriert.\n\nBeste Grüße\nTobias Schreiner\nPersonalwerk Rheinland GmbH"),
    # fr 3
    A("fr_accuse_reception", "fr", "Maison Lefeuvre", "",
      "Maison Lefeuvre <recrutement@taleo.net>", "Accusé de réception de votre candidature",
      "2026-05-12 12:00 +0200",
      "Bonjour Morwenna,\n\nNous accusons bonne réception de votre candidature au poste de "
      "chargée de marketing digital. Compte tenu du nombre de candidatures, nous ne pourrons "
      "malheureusement pas répondre individuellement à chacune.\n\nLe service recrutement",
      charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q")),
    A("fr_cv_recu", "fr", "Crêperie Le Bouffay", "gaelle@creperie-bouffay.example.fr",
      "Gaëlle Moreau <gaelle@creperie-bouffay.example.fr>", "Re: Candidature community manager",
      "2026-04-03 15:25 +0200",
      "Bonjour Morwenna,\n\nBien reçu votre CV, merci ! Je le transmets à mon associé et nous "
      "revenons vers vous la semaine prochaine.\n\nGaëlle", frm_enc=("iso-8859-1", "Q")),
    A("fr_agence_inscription", "fr", "Talents Ouest Recrutement",
      "amelie.roux@talentsouest.example.fr", "Amélie Roux <amelie.roux@talentsouest.example.fr>",
      "Votre inscription chez Talents Ouest", "2026-08-31 10:05 +0200",
      "Bonjour Morwenna,\n\nJe vous confirme votre inscription dans notre vivier de candidats "
      "marketing pour la région nantaise. Votre CV est bien enregistré.\n\nAmélie Roux\n"
      "Consultante", html=outlook_html("Bonjour Morwenna,\n\nJe vous confirme votre inscription "
                                       "dans notre vivier de candidats marketing pour la région "
                                       "nantaise. Votre CV est bien enregistré.\n\nAmélie Roux")),
    # es 3
    A("es_recibida", "es", "Txori Agencia Creativa", "",
      "Txori Agencia Creativa <noreply@teamtailor-mail.com>",
      "Hemos recibido tu candidatura", "2026-04-27 09:30 +0200",
      "Hola Morwenna,\n\n¡Gracias por tu interés en Txori! Hemos recibido tu candidatura para "
      "Ejecutiva de Marketing Digital y la revisaremos en los próximos días.\n\nEquipo Txori",
      cte="base64"),
    A("es_successfactors", "es", "Museo Marítimo del Nervión", "",
      "Museo Marítimo del Nervión <noreply@successfactors.eu>",
      "Confirmación de candidatura", "2026-03-01 20:20 +0100",
      "Estimada Morwenna:\n\nConfirmamos la recepción de tu candidatura al puesto de Técnica de "
      "Comunicación Digital. Debido al alto número de solicitudes, no podemos responder "
      "individualmente a cada persona.\n\nMuseo Marítimo del Nervión", charset="iso-8859-1",
      frm_enc=("iso-8859-1", "Q")),
    A("es_cv_recibido", "es", "Pintxo Lab", "iker@pintxolab.example.es",
      "Iker Etxeberria <iker@pintxolab.example.es>", "Re: CV redes sociales",
      "2026-08-03 13:13 +0200",
      "¡Hola Morwenna! Recibido tu CV, lo miramos esta semana entre los socios y te decimos algo."
      "\n\nIker"),

    # ---------------- offers: en 6
    O("kernow_coast_formal_pdf", "en", "Kernow Coast Tourism", KC,
      "Tamsin Pascoe <" + KC + ">", "Offer of employment - Digital Marketing Executive",
      "2026-04-20 14:30 +0100",
      "Dear Morwenna,\n\nFurther to your interview last Wednesday, I'm delighted to offer you the "
      "position of Digital Marketing Executive at Kernow Coast Tourism, starting on 1 June 2026 at "
      "a salary of £26,500. Your offer letter is attached; please sign and return it by 27 April."
      "\n\nWe're all really looking forward to working with you.\n\nTamsin Pascoe\nMarketing & "
      "Partnerships Manager\nKernow Coast Tourism",
      pdf=[("KCT_offer_letter_Achebe-Lindqvist.pdf",
            ["Kernow Coast Tourism", "Offer of employment", "Digital Marketing Executive",
             "Start date: 1 June 2026", "Salary: GBP 26,500"])], parent="kc_thanks", id="kc_offer"),
    O("verbal_follow_up", "en", "Wye & Usk Wines", "carys@wyeusk.example.co.uk",
      "Carys Bevan <carys@wyeusk.example.co.uk>", "Following our call",
      "2026-10-16 17:05 +0100",
      "Hi Morwenna,\n\nLovely to speak this afternoon, and thanks again for rearranging the "
      "final interview. As promised, here's the offer in writing: Digital Marketing Executive, "
      "£27,000, hybrid from our Cardiff shop, start date to be agreed. The formal contract will "
      "follow from HR.\n\nCarys Bevan\nMarketing Director, Wye & Usk Wines"),
    O("agency_client_offer", "en", "Celtic Sea Holidays", "becca@brightwave.example.co.uk",
      "Becca Nance <becca@brightwave.example.co.uk>", "Celtic Sea Holidays!!",
      "2026-03-18 16:44 +0000",
      "Morwenna!\n\nCeltic Sea Holidays want to make you an offer for the Digital Marketing "
      "Executive role - £25,000 plus a travel allowance. Call me when you get this and I'll talk "
      "you through the details.\n\nBecca Nance\nBrightwave Talent"),
    O("contract_for_signature", "en", "Lighthouse Lettings", "",
      "Lighthouse Lettings <no-reply@ashbyhq.com>",
      "Your offer from Lighthouse Lettings is ready to sign", "2026-10-01 10:30 +0100",
      "Hi Morwenna,\n\nCongratulations! Your offer for Marketing & Content Executive is ready. "
      "Review and sign your contract here:\nhttps://app.ashbyhq.com/offers/lighthouse-244\n\n"
      "The offer expires on 9 October.\n\nLighthouse Lettings",
      html=ats_card("Lighthouse Lettings", "#14213d",
                    "Hi Morwenna,\n\nCongratulations! Your offer for Marketing & Content Executive "
                    "is ready. Review and sign your contract below.", "Review offer",
                    "https://app.ashbyhq.com/offers/lighthouse-244")),
    O("charity_offer_windows1252", "en", "Bristol Harbourside Trust", "priya.shah@bht.example.org.uk",
      "Priya Shah <priya.shah@bht.example.org.uk>", "Conditional offer – Marketing Executive (Events)",
      "2026-09-09 12:20 +0100",
      "Dear Morwenna,\n\nI’m pleased to make you a conditional offer for the Marketing Executive "
      "(Events) role at Bristol Harbourside Trust, subject to two satisfactory references. The "
      "offer letter and our staff handbook are attached.\n\nWelcome aboard – almost!\n\nPriya Shah"
      "\nPeople Partner", charset="windows-1252", cte="quoted-printable",
      pdf=[("BHT_conditional_offer.pdf", ["Bristol Harbourside Trust", "Conditional offer",
                                          "Marketing Executive (Events)"]),
           ("BHT_staff_handbook_extract.pdf", ["Staff handbook", "Annual leave: 25 days"])]),
    O("fixed_term_offer_reply_chain", "en", "St Ives Bakehouse", "morwen@stivesbakehouse.example.co.uk",
      "Morwen Bolitho <morwen@stivesbakehouse.example.co.uk>", "Re: Re: your CV",
      "2026-02-03 19:30 +0000",
      "Morwenna,\n\nWe'd love to have you! We can offer 3 days a week on the social media and "
      "website, £12.80 an hour, six-month contract to start with. Let me know and I'll sort the "
      "paperwork.\n\nMorwen\n\n" + gmail_q("Morwen Bolitho <morwen@stivesbakehouse.example.co.uk>",
                                          "Tue, 27 Jan 2026 at 20:14",
                                          "Are you free Thursday afternoon to chat about the "
                                          "social media job?")),
    # de 2
    O("rheinblick_angebot", "de", "Rheinblick Medien", "s.kaiser@rheinblick.example.de",
      "Sabine Kaiser <s.kaiser@rheinblick.example.de>", "Ihr Vertragsangebot",
      "2026-07-02 15:00 +0200",
      "Liebe Frau Achebe-Lindqvist,\n\nwir freuen uns sehr, Ihnen die Position als Digital "
      "Marketing Executive anbieten zu können. Anbei finden Sie den Arbeitsvertrag zur "
      "Unterschrift. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. Juli zurück."
      "\n\nHerzliche Grüße\nSabine Kaiser\n\n"
      + de_q("Sabine Kaiser <s.kaiser@rheinblick.example.de>", "Fr., 19. Juni 2026 um 08:50",
             "leider müssen wir unser Gespräch am Dienstag verschieben."),
      pdf=[("Arbeitsvertrag_Achebe-Lindqvist.pdf", ["Rheinblick Medien", "Arbeitsvertrag",
                                                    "Digital Marketing Executive"])],
      parent="rb_move", cte="quoted-printable"),
    O("agentur_zusage", "de", "Kranhaus Kaffee", "lea.hoffmann@kranhaus.example.de",
      "Lea Hoffmann <lea.hoffmann@kranhaus.example.de>", "Gute Nachrichten!",
      "2026-03-27 11:00 +0100",
      "Hallo Morwenna,\n\nnach dem zweiten Gespräch sind wir uns einig: Wir möchten dich als "
      "Social Media Managerin bei Kranhaus Kaffee einstellen! Die Konditionen wie besprochen; "
      "den Vertrag schicke ich dir morgen per Post.\n\nViele Grüße\nLea", charset="iso-8859-1"),
    # fr 1
    O("fr_promesse_embauche", "fr", "Nantes Vélo Partage", "sophie.bernard@nvp.example.fr",
      "Sophie Bernard <sophie.bernard@nvp.example.fr>", "Promesse d'embauche",
      "2026-09-30 10:00 +0200",
      "Bonjour Morwenna,\n\nSuite à notre nouvel entretien, j'ai le plaisir de vous adresser "
      "notre promesse d'embauche pour le poste de chargée de marketing digital, en CDI, à "
      "compter du 2 novembre. Merci de nous la retourner signée.\n\nSophie Bernard\nRH",
      pdf=[("Promesse_embauche.pdf", ["Nantes Velo Partage", "Promesse d'embauche", "CDI"])]),
    # es 1
    O("es_oferta", "es", "Sidrería Digital Gorbea", "unai@gorbea.example.es",
      "Unai Arregi <unai@gorbea.example.es>", "Oferta: Marketing Executive",
      "2026-08-20 17:30 +0200",
      "Hola Morwenna:\n\nNos alegra mucho ofrecerte el puesto de Marketing Executive en "
      "Sidrería Digital Gorbea, con contrato indefinido y 28.000 € brutos anuales. Te adjunto "
      "la carta de oferta.\n\nUn abrazo,\nUnai", cte="base64",
      pdf=[("Carta_oferta.pdf", ["Sidreria Digital Gorbea", "Carta de oferta"])]),
]
