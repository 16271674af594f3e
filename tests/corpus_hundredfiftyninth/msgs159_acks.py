"""Corpus 159: application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs159_common import CAND, M, ats_card, forward, paras, reply, word_html

A = "application_received"
O = "offer"

MESSAGES = [
    # ================================================================ received (21)
    M(A, "taff_workday_ack", "en", "Taff Metro Buses", "",
      ("Taff Metro Buses", "taffmetro@myworkday.com"),
      "We've received your application - Scheduling Analyst (R-1187)", "2026-02-10 21:04",
      """Hi Rhiannon,

Thank you for applying for Scheduling Analyst (R-1187) at Taff Metro Buses. We have received your application and our recruitment team will review it shortly.

You can track the progress of your application at any time by signing in to your candidate home page.

Please note: unfortunately we cannot reply to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Taff Metro Buses Recruitment

Please do not reply to this email.""", fmt="alt", key="taff_ack", zone="utc"),

    M(A, "greenhouse_ack_severn", "en", "Severn Link Rail", "",
      ("Severn Link Rail", "no-reply@greenhouse-mail.io"),
      "Thanks for applying to Severn Link Rail", "2026-05-18 13:27",
      """Hi Rhiannon,

Thanks for applying for the Timetable Development Planner role. Your application has been received and the hiring team will look through it over the next couple of weeks.

In the meantime, you can read more about how we're redesigning the Bristol-Cardiff corridor timetable on our blog.

Severn Link Rail Talent Team""", fmt="alt", cte="quoted-printable"),

    M(A, "agency_registration", "en", "Northern Movers Recruitment", "priya.shah@northernmovers.example.co.uk",
      ("Priya Shah", "priya.shah@northernmovers.example.co.uk"),
      "Welcome to Northern Movers - you're registered", "2026-03-17 10:05",
      """Hi Rhiannon,

Lovely to speak to you this morning. Just confirming that you're now registered with Northern Movers Recruitment, and that I've got your CV, right-to-work check and references on file.

As discussed, I'll be looking for scheduling, rostering and network planning roles across Manchester and the North West, as well as anything that comes up in Bristol through our sister team. I won't send your CV anywhere without asking you first.

Speak soon,
Priya

Priya Shah | Senior Consultant, Transport & Infrastructure
Northern Movers Recruitment | 3 Piccadilly Place, Manchester M1 3BN
Mobile: 07700 900 318"""),

    M(A, "cv_received_small_firm", "en", "Cwm Coaches", "dai@cwmcoaches.example.co.uk",
      ("Dai Lewis", "dai@cwmcoaches.example.co.uk"),
      "Re: Duty scheduler job", "2026-02-16 08:12",
      reply("""Got your CV, thanks Rhiannon. I'll have a look at the weekend and come back to you.

Dai""", "en", "Sun, 15 Feb 2026 at 19:48", "Rhiannon Pryce-Okoro", CAND[1],
            """Hi Dai,

Gareth at Rhondda mentioned you're looking for a duty scheduler. I've been driving for eleven years and I've been doing the depot's informal duty swaps for the last two - CV attached. Would love to be considered.

Rhiannon"""), key="cwm_ack"),

    M(A, "icims_ack_pennine", "en", "Pennine Rail Operations", "",
      ("Pennine Rail Operations", "pennine-rail@icims.com"),
      "Application received: Crew Diagrammer - Manchester", "2026-06-12 06:30",
      "", fmt="html", zone="utc",
      html=ats_card("Pennine Rail Operations", paras("""Dear Rhiannon,

Thank you for your application for Crew Diagrammer - Manchester (Req ID 2026-4471).

This email confirms that we have received it. Shortlisting will take place after the closing date of 28 June 2026. Due to the high number of applications, we are unfortunately not able to respond to each applicant individually; if you have not heard from us within three weeks of the closing date, your application has not been successful on this occasion.

Pennine Rail Operations Recruitment"""), "Please do not reply. This mailbox is not monitored. Powered by iCIMS.")),

    M(A, "lever_ack_kestrel", "en", "Kestrel Freight", "",
      ("Kestrel Freight", "no-reply@hire.lever.co"),
      "Kestrel Freight - application received", "2026-05-11 12:44",
      """Hi Rhiannon,

We just wanted to let you know we've received your application for Route Planning Coordinator. Thanks for thinking of Kestrel Freight!

Our people team reviews every application and we'll be in touch about next steps.

Kestrel Freight""", zone="utc"),

    M(A, "council_ack_iso", "en", "Swansea Bay Council", "",
      ("Swansea Bay Council Jobs", "jobs-noreply@swanseabay.example.gov.uk"),
      "Cais wedi dod i law / Application received - SBC-PT-1044", "2026-06-24 17:00",
      """Annwyl Rhiannon Pryce-Okoro / Dear Rhiannon Pryce-Okoro,

Diolch am eich cais. / Thank you for your application for the post of Passenger Transport Officer (SBC-PT-1044).

Your application has been received and will be considered by the shortlisting panel after the closing date. You are welcome to correspond with us in Welsh or English.

Swansea Bay Council - Human Resources""", cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q")),

    M(A, "smartrecruiters_ack_grachten", "en", "Grachten Logistics", "",
      ("Grachten Logistics", "noreply@smartrecruiters.com"),
      "We received your application for Route Planner", "2026-04-02 11:30",
      """Hello Rhiannon,

Thank you for your interest in Grachten Logistics. We have received your application for Route Planner (English-speaking team, Amsterdam) and our recruiters are reviewing it.

Please note that the position requires the right to work in the Netherlands; we can support eligible candidates with a highly skilled migrant visa.

Kind regards,
Grachten Logistics Talent Acquisition""", zone="cet", fmt="alt", cte="base64"),

    M(A, "consultancy_human_ack", "en", "Quayside Transport Consulting", "m.oconnell@quaysidetc.example.co.uk",
      ("Mairead O'Connell", "m.oconnell@quaysidetc.example.co.uk"),
      "Your Graduate Transport Planner application", "2026-07-15 14:20",
      """Dear Rhiannon,

Thank you for sending your application and covering letter for our Graduate Transport Planner programme. I can confirm it has arrived safely, and I enjoyed reading about your route-learning notes for new drivers.

Shortlisted candidates will be sent an online technical assessment by the end of July.

Yours sincerely,
Mairead O'Connell
Early Careers Manager
Quayside Transport Consulting, 1 Brunswick Square, Bristol BS2 8PE"""),

    M(A, "ashby_ack_tramway", "en", "Tramway Data Labs", "",
      ("Tramway Data Labs", "no-reply@ashbyhq.com"),
      "Thanks for applying to Tramway Data Labs!", "2026-04-20 09:58",
      """Hi Rhiannon,

Thanks for applying to the Operations Analyst (Scheduling) role at Tramway Data Labs! We've got your application and a real human will read it within the next week.

If anything changes on your side, just reply to this thread.

Tramway Data Labs""", zone="uk"),

    M(A, "forwarded_ack_dublin", "en", "Howth Road Logistics", "ciaran.dunne@howthroad.example.ie",
      ("Ciarán Dunne", "ciaran.dunne@howthroad.example.ie"),
      "Fwd: New application: Fleet Scheduling Lead", "2026-05-20 08:35",
      forward("""Hi Rhiannon,

Your application came through our website form last night - forwarding the confirmation so you have it. I'm looking at the shortlist this week and will be in touch.

Ciarán Dunne
Operations Director | Howth Road Logistics
T: +353 1 555 0178""", "Howth Road Website <website@howthroad.example.ie>", "Tue, 19 May 2026 at 23:12",
              "New application: Fleet Scheduling Lead", "ciaran.dunne@howthroad.example.ie",
              """A new application has been submitted.

Position: Fleet Scheduling Lead
Name: Rhiannon Pryce-Okoro
Email: rhiannon.po@example.co.uk
Attachments: CV_Rhiannon_Pryce-Okoro.pdf"""),
      zone="ist", from_enc=("utf-8", "b")),

    M(A, "workable_ack_bristol", "en", "Avon Demand Transit", "",
      ("Avon Demand Transit", "noreply@workablemail.com"),
      "Avon Demand Transit: Application received", "2026-05-12 15:16",
      "", fmt="html",
      html=ats_card("Avon Demand Transit", paras("""Hi Rhiannon,

Thanks for applying for the Scheduling Coordinator position at Avon Demand Transit. We've received your application.

Unfortunately we can't reply to everyone individually, but if your experience matches what we're looking for, a member of the team will get in touch.

Best,
Avon Demand Transit hiring team"""), "Powered by Workable")),

    # ---- German received (4)
    M(A, "eingang_hafenbus_personio", "de", "Hamburger Hafenbus", "",
      ("Hamburger Hafenbus Karriere", "hamburger-hafenbus@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-02-26 19:45",
      """Sehr geehrte Frau Pryce-Okoro,

vielen Dank für Ihre Bewerbung als Disponent*in Fahrplanung. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hamburger Hafenbus GmbH

Diese E-Mail wurde automatisch generiert.""", key="hafen_ack", cs="iso-8859-1", cte="8bit", fmt="alt"),

    M(A, "eingang_softgarden", "de", "Nordkai Logistik", "",
      ("Nordkai Logistik", "jobs@softgarden.io"),
      "Ihre Bewerbung ist bei uns eingegangen", "2026-05-22 10:02",
      "", fmt="html",
      html=ats_card("Nordkai Logistik", paras("""Guten Tag Frau Pryce-Okoro,

herzlichen Dank für Ihre Bewerbung als Tourenplaner (m/w/d) in Hamburg-Waltershof.

Ihre Unterlagen sind vollständig bei uns eingegangen. Leider ist es uns nicht möglich, jede Bewerbung einzeln zu beantworten. Sobald wir Ihre Unterlagen geprüft haben, erhalten Sie von uns eine Nachricht.

Freundliche Grüße
Ihr Nordkai Logistik Team"""), "Versendet über softgarden", "#0070b8")),

    M(A, "eingang_personalberater", "de", "Hanseatic Talent Partners", "n.kruse@hanseatic-talent.example.de",
      ("Nils Kruse", "n.kruse@hanseatic-talent.example.de"),
      "Ihre Registrierung bei Hanseatic Talent Partners", "2026-04-14 11:40",
      """Hallo Frau Pryce-Okoro,

vielen Dank für das nette Telefonat. Ich bestätige Ihnen hiermit, dass Ihr Profil bei uns aufgenommen ist und Ihr Lebenslauf vorliegt.

Wir suchen für Sie gezielt nach Positionen in Verkehrsplanung und Disposition im Großraum Hamburg und stellen Sie nur nach Rücksprache bei unseren Mandanten vor.

Beste Grüße
Nils Kruse
Senior Consultant Mobility
Hanseatic Talent Partners GmbH · Ballindamm 6 · 20095 Hamburg
Tel. +49 40 555 4410""", from_enc=("iso-8859-1", "q"), cte="quoted-printable"),

    M(A, "eingang_verbund_sf", "de", "Verkehrsverbund Süderelbe", "",
      ("Verkehrsverbund Süderelbe", "verkehrsverbund-suederelbe@successfactors.eu"),
      "Bestätigung: Bewerbung Referent*in Angebotsplanung (Req. 8812)", "2026-08-17 07:30",
      """Sehr geehrte Frau Pryce-Okoro,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Referent*in Angebotsplanung (Req. 8812).

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Personalabteilung
Verkehrsverbund Süderelbe GmbH

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.""", cs="windows-1252", cte="quoted-printable",
      subj_enc=("utf-8", "b")),

    # ---- French received (3)
    M(A, "accuse_reception_trc", "fr", "Transports Rhône Confluence", "",
      ("Transports Rhône Confluence - Recrutement", "recrutement-noreply@trc-lyon.example.fr"),
      "Accusé de réception de votre candidature", "2026-03-30 16:05",
      """Madame,

Nous accusons bonne réception de votre candidature au poste de chargée d'études offre de transport (réf. TRC-2026-031) et vous en remercions.

Votre dossier va être étudié avec attention par nos équipes. Nous ne manquerons pas de revenir vers vous si votre profil correspond à nos attentes.

Le service recrutement
Transports Rhône Confluence""", cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"),
      from_enc=("iso-8859-1", "q")),

    M(A, "accuse_teamtailor", "fr", "Mobilités Croix-Rousse", "",
      ("Mobilités Croix-Rousse", "no-reply@teamtailor-mail.com"),
      "Merci pour votre candidature !", "2026-08-05 22:30",
      "", fmt="html",
      html=ats_card("Mobilités Croix-Rousse", paras("""Bonjour Rhiannon,

Merci d'avoir postulé au poste de graphiqueur / planificateur horaires ! Nous avons bien reçu votre candidature.

Notre équipe la lit avec attention et reviendra vers vous dans les prochains jours.

À bientôt,
L'équipe Mobilités Croix-Rousse"""), "Envoyé avec Teamtailor", "#6c2dc7")),

    M(A, "accuse_cabinet", "fr", "Cabinet Saône RH", "thomas.roux@saone-rh.example.fr",
      ("Thomas Roux", "thomas.roux@saone-rh.example.fr"),
      "Votre CV – Cabinet Saône RH", "2026-04-29 10:10",
      """Bonjour Rhiannon,

J'ai bien reçu votre CV et votre lettre, merci. Votre profil de conductrice receveuse passée à la planification m'intéresse beaucoup pour plusieurs de nos clients lyonnais (transport urbain et logistique).

Je reviens vers vous dès qu'une mission correspond.

Bien à vous,
Thomas Roux
Consultant – Cabinet Saône RH
27 rue de la République, 69002 Lyon – 06 12 34 56 78"""),

    # ---- Spanish received (2)
    M(A, "acuse_recibo_nervion", "es", "Autobuses Nervión", "",
      ("Autobuses Nervión - Empleo", "empleo-noreply@nervion.example.es"),
      "Hemos recibido tu candidatura", "2026-05-25 09:00",
      """Hola Rhiannon:

Te confirmamos que hemos recibido tu candidatura para el puesto de técnica/o de planificación.

Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a cada persona. Si tu perfil encaja, nos pondremos en contacto contigo en las próximas semanas.

Autobuses Nervión - Departamento de Personas""", cs="iso-8859-1", cte="8bit", from_enc=("iso-8859-1", "b")),

    M(A, "acuse_bamboohr", "es", "Transportes Deusto", "",
      ("Transportes Deusto", "notifications@app.bamboohr.com"),
      "Gracias por postularte a Jefe/a de tráfico", "2026-09-22 18:18",
      """Hola Rhiannon,

¡Gracias por postularte! Hemos recibido tu solicitud para el puesto de Jefe/a de tráfico y la revisaremos en breve.

Saludos,
Transportes Deusto""", fmt="alt"),

    # ================================================================ offers (10)
    M(O, "taff_formal_pdf", "en", "Taff Metro Buses", "owain.jenkins@taffmetro.example.co.uk",
      ("Owain Jenkins", "owain.jenkins@taffmetro.example.co.uk"),
      "Offer of employment - Scheduling Analyst", "2026-03-18 15:30",
      """Dear Rhiannon,

Following your interview on Friday, I am delighted to offer you the position of Scheduling Analyst at Taff Metro Buses, based at our Sloper Road depot.

Your starting salary will be £33,450 per annum, with a start date of Monday 20 April 2026, subject to references and the usual pre-employment checks. Your formal offer letter and a summary of terms are attached.

Please sign and return the offer letter by Friday 27 March. Nia would love to have a coffee with you before you start - she'll be in touch.

Llongyfarchiadau!

Owain Jenkins
Recruitment Partner | Taff Metro Buses
Sloper Road, Cardiff CF11 8TB | 029 2055 7100""",
      key="taff_offer", parent="taff_move", refs=["taff_inv"], fmt="alt",
      pdfs=[("Offer_Letter_Pryce-Okoro.pdf", ["Taff Metro Buses Ltd - Offer of Employment",
                                              "Rhiannon Pryce-Okoro", "Position: Scheduling Analyst",
                                              "Salary: GBP 33,450 per annum", "Start date: 20 April 2026",
                                              "Please sign and return by 27 March 2026"])]),

    M(O, "agency_client_offer", "en", "Irwell Network Planning", "priya.shah@northernmovers.example.co.uk",
      ("Priya Shah", "priya.shah@northernmovers.example.co.uk"),
      "Irwell want to make you an offer!!", "2026-04-07 13:05",
      """Rhiannon!

Rob's just called - Irwell Network Planning want to make you an offer for the Bus Network Planner role. They loved how you handled the rescheduled slot and the franchising questions.

Headline terms: £36,000 base, hybrid (3 days in Spinningfields), 25 days' holiday, relocation support up to £2,500. They'd like you to start in early June.

Can you talk tonight? I'll go through it all and then they'll send the paperwork.

Priya
Northern Movers Recruitment | 07700 900 318""", refs=["irwell_inv"], parent="irwell_move"),

    M(O, "verbal_followup_consultancy", "en", "Arden Mobility Partners", "james.whitfield@ardenmobility.example.co.uk",
      ("James Whitfield", "james.whitfield@ardenmobility.example.co.uk"),
      "Following up our call - offer", "2026-05-01 17:45",
      """Hi Rhiannon,

Great to speak earlier, and I'm really glad you're pleased. As promised, confirming in writing what I said on the phone: we'd like to offer you the role of Transport Planner (Bus Services) at £31,500, based in our Bristol office with two days a week from home.

Hannah will send the formal contract early next week. In the meantime, do shout if you have any questions.

James Whitfield
Principal Consultant, Arden Mobility Partners
Temple Quay House, Bristol BS1 6DZ | 0117 555 0820""", cc=[("Hannah Clarke", "hannah.clarke@ardenmobility.example.co.uk")],
      refs=["arden_inv"], parent="arden_postpone"),

    M(O, "docusign_style_contract", "en", "Grachten Logistics", "sanne.devries@grachten.example.nl",
      ("Sanne de Vries", "sanne.devries@grachten.example.nl"),
      "Your employment contract - please sign", "2026-05-07 11:20",
      """Hi Rhiannon,

Congratulations again! Attached is your employment contract for the position of Route Planner, together with our relocation policy.

Please review, sign page 6 and return it to me by 14 May. Once we have the signed copy, our relocation partner will start your highly skilled migrant application.

Met vriendelijke groet,
Sanne de Vries
Recruiter | Grachten Logistics B.V.
Westerdoksdijk 40, 1013 AE Amsterdam | +31 20 555 0193""", zone="cet",
      pdfs=[("Contract_RPryceOkoro.pdf", ["Arbeidsovereenkomst / Employment contract",
                                          "Grachten Logistics B.V.", "Employee: Rhiannon Pryce-Okoro",
                                          "Position: Route Planner", "Gross salary: EUR 3,950 per month"]),
            ("Relocation_policy.pdf", ["Grachten Logistics relocation policy 2026"])]),

    M(O, "council_conditional_offer", "en", "Swansea Bay Council", "recruitment.officer@swanseabay.example.gov.uk",
      ("Gwenllian Harries", "recruitment.officer@swanseabay.example.gov.uk"),
      "Conditional offer – Passenger Transport Officer", "2026-07-24 12:00",
      "", fmt="html", cs="windows-1252",
      html=word_html(paras("""Dear Ms Pryce-Okoro,

Further to your interview on 20 July, I am pleased to make you a conditional offer of appointment to the post of Passenger Transport Officer, Grade 7, SCP 25 (£32,076 per annum).

This offer is subject to satisfactory references, a DBS check and an occupational health assessment. Please complete the attached acceptance form and return it within 10 working days.

Yours sincerely,

Gwenllian Harries
Recruitment Officer | Swansea Bay Council
Civic Centre, Oystermouth Road, Swansea SA1 3SN
01792 636 000""")),
      pdfs=[("SBC_Acceptance_Form.pdf", ["Swansea Bay Council - Acceptance of offer", "Post: Passenger Transport Officer"])]),

    M(O, "rhondda_job_offer_phone", "en", "Rhondda Valley Buses", "gareth.t@rhonddabuses.example.co.uk",
      ("Gareth Thomas", "gareth.t@rhonddabuses.example.co.uk"),
      "Duty scheduler - we'd like you on board", "2026-05-15 09:05",
      """Rhiannon,

Thanks for coming in for the trial day on Tuesday - the lads in control haven't stopped talking about how you sorted out the Treorchy school run.

We'd like to offer you the duty scheduler job: 37.5 hours, £29,800, starting whenever your notice at Cardiff ends. I'll get the written contract over to you by the end of next week.

Have a think and give me a ring.

Gareth Thomas
Operations Manager, Rhondda Valley Buses | 01443 555 220""", cte="quoted-printable"),

    M(O, "angebot_alster_vertrag", "de", "Alster Mobil", "k.brandt@alster-mobil.example.de",
      ("Katrin Brandt", "k.brandt@alster-mobil.example.de"),
      "Ihr Vertragsangebot – Disponentin Leitstelle", "2026-10-05 10:30",
      """Liebe Frau Pryce-Okoro,

wie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Disponentin in unserer Leitstelle anzubieten – in Teilzeit mit 30 Wochenstunden und der Option auf Vollzeit nach der Probezeit.

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 16. Oktober zurück.

Herzliche Grüße
Katrin Brandt
Teamleitung Leitstelle, Alster Mobil GmbH
Wendenstraße 130 · 20537 Hamburg""", cs="windows-1252", cte="quoted-printable",
      pdfs=[("Arbeitsvertrag_Pryce-Okoro.pdf", ["Arbeitsvertrag", "Alster Mobil GmbH",
                                                "Frau Rhiannon Pryce-Okoro", "Taetigkeit: Disponentin Leitstelle"])]),

    M(O, "zusage_personalberater", "de", "Verkehrsbetriebe Bergedorf", "n.kruse@hanseatic-talent.example.de",
      ("Nils Kruse", "n.kruse@hanseatic-talent.example.de"),
      "Gute Nachrichten aus Bergedorf", "2026-09-10 16:50",
      """Hallo Frau Pryce-Okoro,

die Verkehrsbetriebe Bergedorf möchten Ihnen ein Angebot als Umlaufplanerin machen! Die Geschäftsführung war von Ihrem zweiten Gespräch begeistert.

Eckdaten: 52.000 Euro brutto jährlich, unbefristet, Start zum 1. Dezember. Der Vertrag kommt direkt vom Unternehmen, ich wollte es Ihnen aber schon vorab sagen.

Rufen Sie mich gern an, um die Details zu besprechen.

Beste Grüße
Nils Kruse
Hanseatic Talent Partners · Tel. +49 40 555 4410""", from_enc=("iso-8859-1", "q")),

    M(O, "offre_lyon_fret", "fr", "Lyon Fret Express", "n.belkacem@lyonfret.example.fr",
      ("Nadia Belkacem", "n.belkacem@lyonfret.example.fr"),
      "Proposition d'embauche – Planificatrice transport", "2026-05-22 15:15",
      """Bonjour Rhiannon,

Suite à nos échanges, j'ai le plaisir de vous proposer le poste de planificatrice transport au sein de Lyon Fret Express, en CDI, à compter du 1er juillet 2026.

Rémunération : 34 000 € bruts annuels sur 13 mois, plus tickets restaurant. Vous trouverez la promesse d'embauche en pièce jointe ; merci de nous la retourner signée avant le 29 mai.

Au plaisir de vous accueillir,
Nadia Belkacem
Directrice des opérations – Lyon Fret Express SAS
45 rue de Gerland, 69007 Lyon""", cc=[("Thomas Roux", "thomas.roux@saone-rh.example.fr")],
      cs="windows-1252", cte="8bit",
      pdfs=[("Promesse_embauche_RPO.pdf", ["Lyon Fret Express - Promesse d'embauche",
                                          "Mme Rhiannon Pryce-Okoro", "Poste : planificatrice transport"])]),

    M(O, "oferta_logistica_abando", "es", "Logística Abando", "marta.ruiz@logisticaabando.example.es",
      ("Marta Ruiz", "marta.ruiz@logisticaabando.example.es"),
      "Oferta: planificadora de rutas", "2026-04-02 13:40",
      """Hola Rhiannon:

¡Enhorabuena! Después de las entrevistas, nos encantaría que te unieras a Logística Abando como planificadora de rutas.

Te ofrecemos un contrato indefinido, 31.000 € brutos anuales y horario de 8:00 a 16:00. Adjunto la carta de oferta con todas las condiciones. ¿Podrías responderme antes del viernes 10?

Un abrazo,
Marta Ruiz
Responsable de RRHH · Logística Abando S.L.
Muelle de Ripa 2, 48001 Bilbao · 944 55 03 60""", fmt="alt", cs="windows-1252", cte="quoted-printable",
      pdfs=[("Carta_oferta_Pryce-Okoro.pdf", ["Logistica Abando - Carta de oferta",
                                             "Puesto: planificadora de rutas", "Salario: 31.000 EUR"])]),
]
