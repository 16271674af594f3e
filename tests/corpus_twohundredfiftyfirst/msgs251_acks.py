"""Corpus 251: application acknowledgements (21) and offers (10), hand-written."""

from msgs251_common import (
    CAND,
    ats_card,
    mso,
    outlook_word,
    paras,
    plain_html,
    reply_chain,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]


def A(**kw):
    kw.setdefault("kind", "application_received")
    return kw


def O(**kw):
    kw.setdefault("kind", "offer")
    return kw


ACKS = [
    # ---------------------------------------------------------------- English
    A(
        name="aire_quay_workday_ack",
        key="airequay-ack",
        lang="en", company="Aire Quay Conference Centre", contact="",
        date="2026-05-04 22:17", tz="+0000",
        frm=("Aire Quay Conference Centre", "airequay@myworkday.com"),
        subject="Thank you for applying: Events Coordinator (JR-1093)",
        headers=AUTO,
        html=ats_card(
            "Aire Quay Conference Centre", "#0b3d91",
            paras(
                "Hi Philippa,\n\n"
                "Thanks for applying for Events Coordinator (JR-1093). Your application has "
                "been submitted successfully and our recruitment team will review it after the "
                "closing date of 12 May.\n\n"
                "You can check the status of your application at any time from your candidate "
                "home.\n\n"
                "Aire Quay Conference Centre Talent Team"
            ),
            "Please do not reply to this email.",
        ),
        text="auto", cte="quoted-printable",
    ),
    A(
        name="canongate_greenhouse_cannot_reply_individually",
        key="canongate-ack",
        lang="en", company="Canongate Festival Society", contact="",
        date="2026-03-23 14:51",
        frm=("Canongate Festival Society", "no-reply@greenhouse-mail.io"),
        subject="Thanks for applying to Canongate Festival Society",
        headers=AUTO,
        html=plain_html(paras(
            "Dear Philippa,\n\n"
            "Thank you for your application for the Festival Operations Coordinator role. "
            "We've received it and it's now with our hiring team.\n\n"
            "We receive a very large number of applications in the run-up to the festival "
            "season, and unfortunately we cannot reply to every applicant individually. If "
            "your experience is a good fit, a member of the team will be in touch within "
            "three weeks.\n\n"
            "With thanks,\nCanongate Festival Society"
        )),
        text="auto", cte="quoted-printable",
    ),
    A(
        name="pennine_talent_registration",
        key="pennine-registered",
        lang="en", company="Pennine Talent Partners",
        contact="liam.dunwell@penninetalent.example.co.uk",
        date="2026-03-02 16:09",
        frm=("Liam Dunwell", "liam.dunwell@penninetalent.example.co.uk"),
        subject="Welcome to Pennine Talent Partners - you're registered",
        html=outlook_word(mso(
            "Hi Philippa,\n\n"
            "Lovely to speak earlier. This is just to confirm that you're now registered "
            "with Pennine Talent Partners and I've added your CV to our system for events, "
            "venue and conference roles across Yorkshire and the North East.\n\n"
            "Next steps from my side: I'll check your right-to-work documents when we meet, "
            "and I won't send your CV to any client without asking you first.\n\n"
            "Cheers,\nLiam\n\n"
            "Liam Dunwell\nSenior Consultant - Hospitality & Events\nPennine Talent Partners\n"
            "3rd Floor, 22 Park Row, Leeds LS1 5JF\nT: 0113 496 0188"
        )),
        text="auto", cte="quoted-printable",
    ),
    A(
        name="vale_of_ebor_workday_submitted",
        key="ebor-ack",
        lang="en", company="Vale of Ebor Council", contact="",
        date="2026-02-12 20:44", tz="+0000",
        frm=("Vale of Ebor Council", "valeofebor@myworkday.com"),
        subject="Application received - Civic Events & Engagement Officer (REQ-04418)",
        headers=AUTO,
        text=(
            "Dear Philippa,\n\n"
            "Thank you for applying for Civic Events & Engagement Officer with Vale of Ebor "
            "Council. This email confirms that we have received your application.\n\n"
            "Shortlisting will take place after the closing date. If you have not heard from "
            "us within four weeks of the closing date, please assume that you have not been "
            "shortlisted on this occasion.\n\n"
            "People Services\nVale of Ebor Council\n\n"
            "This mailbox is not monitored."
        ),
        cte="7bit",
    ),
    A(
        name="castlegate_smartrecruiters_received",
        key="castlegate-ack",
        lang="en", company="Castlegate Hotel Group", contact="",
        date="2026-04-14 06:30", tz="+0000",
        frm=("Castlegate Hotel Group", "noreply@smartrecruiters.com"),
        subject="We've received your application",
        headers=AUTO,
        html=ats_card(
            "Castlegate Hotel Group", "#7f1d1d",
            paras(
                "Hello Philippa,\n\n"
                "Thank you for your application for Conference & Banqueting Coordinator - The "
                "Castlegate, Newcastle.\n\n"
                "Our Talent team is reviewing applications and will contact shortlisted "
                "candidates directly."
            ),
            "You received this email because you applied for a job at Castlegate Hotel Group "
            "through SmartRecruiters.",
        ),
        cte="base64",
    ),
    A(
        name="kirkgate_got_your_cv",
        key="kirkgate-received",
        lang="en", company="Kirkgate Arts Trust",
        contact="saoirse@kirkgatearts.example.org.uk",
        date="2026-01-26 09:02",
        frm=("Saoirse Quinn", "saoirse@kirkgatearts.example.org.uk"),
        subject="Re: events coordinator application",
        text=(
            "Hi Philippa - lovely to see your name pop up! We've received your CV and "
            "cover letter for the coordinator post, I'll share with the panel once the "
            "advert closes on the 30th.\n\nSaoirse"
        ),
    ),
    A(
        name="medlock_workday_ack",
        key="medlock-ack",
        lang="en", company="Medlock University", contact="",
        date="2026-03-16 12:12", tz="+0000",
        frm=("Medlock University", "medlock@myworkday.com"),
        subject="Medlock University - application submitted (MU-2231)",
        headers=AUTO,
        html=ats_card(
            "Medlock University", "#660033",
            paras(
                "Dear Philippa,\n\n"
                "Thank you for your application for the post of Conference & Events Officer "
                "(MU-2231), Campus Services.\n\n"
                "Your application has been received. The shortlisting panel will assess all "
                "applications against the person specification; we aim to contact "
                "shortlisted candidates within two weeks of the closing date.\n\n"
                "Recruitment Team, Human Resources"
            ),
            "Medlock University - Oxford Road, Manchester. This is an automated email.",
        ),
        text="auto", cte="quoted-printable",
    ),
    A(
        name="brightgate_registration_noreply",
        key="brightgate-registered",
        lang="en", company="Brightgate Recruitment", contact="",
        date="2026-01-12 11:40",
        frm=("Brightgate Recruitment", "no-reply@brightgate.example.co.uk"),
        subject="Your Brightgate registration is complete",
        headers=AUTO,
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "Thanks for registering with Brightgate Recruitment. Your profile and CV are "
            "now saved and visible to our Events & Conferences team in Manchester.\n\n"
            "A consultant will get in touch to talk through the kind of role you're looking "
            "for. In the meantime, you can update your availability in the candidate "
            "portal.\n\n"
            "Brightgate Recruitment"
        )),
        text="auto", cte="8bit",
    ),
    A(
        name="nsummit_ashby_ack",
        key="nsummit-ack",
        lang="en", company="Northern Sustainability Summit", contact="",
        date="2026-01-19 19:26", tz="+0000",
        frm=("Northern Sustainability Summit Hiring Team", "no-reply@ashbyhq.com"),
        subject="Application received - Speaker & Programme Coordinator",
        headers=AUTO,
        text=(
            "Hi Philippa,\n\n"
            "Thanks for applying to be our Speaker & Programme Coordinator. We've got your "
            "application and the team will look at it over the next couple of weeks.\n\n"
            "Northern Sustainability Summit\n\n"
            "Sent via Ashby"
        ),
    ),
    A(
        name="forth_assembly_bamboohr_ack",
        key="forth-ack",
        lang="en", company="Forth Assembly Rooms", contact="",
        date="2026-01-27 03:15", tz="-0700",
        frm=("Forth Assembly Rooms", "notifications@bamboohr.com"),
        subject="Application Received: Events Sales Coordinator",
        headers=AUTO,
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "This is a quick note to let you know we've received your application for the "
            "Events Sales Coordinator position at Forth Assembly Rooms. We'll review your "
            "details and be in touch.\n\n"
            "Thanks,\nForth Assembly Rooms"
        )),
        cte="quoted-printable",
    ),
    A(
        name="guild_makers_workable_cannot_reply",
        key="guild-ack",
        lang="en", company="Guild of Yorkshire Makers", contact="",
        date="2026-01-16 13:05", tz="+0000",
        frm=("Guild of Yorkshire Makers", "noreply@candidates.workablemail.com"),
        subject="Thanks for applying to Guild of Yorkshire Makers",
        headers=AUTO,
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "Thank you for your interest in the Maker Markets Coordinator position. Your "
            "application has been received.\n\n"
            "We're a small team, so unfortunately we cannot reply to every applicant "
            "individually with feedback, but we will let everyone know the outcome once "
            "shortlisting is complete.\n\n"
            "Best wishes,\nGuild of Yorkshire Makers"
        )),
        text="auto", cte="base64",
    ),
    A(
        name="leodis_recruitee_ack",
        key="leodis-ack",
        lang="en", company="Leodis Congress Services", contact="",
        date="2026-02-05 08:55",
        frm=("Leodis Congress Services", "leodiscongress@jobs.recruitee.com"),
        subject="Leodis Congress Services: we have your application",
        headers=AUTO,
        text=(
            "Dear Philippa Okafor-Grünwald,\n\n"
            "We confirm receipt of your application for the position of Registration & "
            "Delegate Coordinator.\n\n"
            "What happens now? Our hiring manager reads every application. You'll hear from "
            "us either way by the end of February.\n\n"
            "Kind regards,\nLeodis Congress Services\n\n"
            "Powered by Recruitee"
        ),
        cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- German
    A(
        name="elbkongress_personio_eingang",
        key="elbkongress-ack",
        lang="de", company="Elbkongress Hamburg", contact="",
        date="2026-03-02 07:58",
        frm=("Elbkongress Hamburg", "no-reply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        headers=AUTO,
        html=ats_card(
            "Elbkongress Hamburg", "#1d4ed8",
            paras(
                "Sehr geehrte Frau Okafor-Grünwald,\n\n"
                "vielen Dank für Ihre Bewerbung als Projektkoordinator:in Kongresse "
                "(Vollzeit, unbefristet). Ihre Unterlagen sind vollständig bei uns "
                "eingegangen.\n\n"
                "Wir prüfen alle Bewerbungen sorgfältig und melden uns in den nächsten drei "
                "Wochen bei Ihnen.\n\n"
                "Mit freundlichen Grüßen\nIhr Recruiting-Team der Elbkongress Hamburg"
            ),
            "Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie "
            "nicht auf diese Nachricht.",
            lang="de",
        ),
        text="auto", cte="quoted-printable",
    ),
    A(
        name="personalwerk_registrierung",
        key="personalwerk-registered",
        lang="de", company="Personalwerk Nord",
        contact="sven.albers@personalwerk-nord.example.de",
        date="2026-03-09 17:20",
        frm=("Sven Albers | Personalwerk Nord", "sven.albers@personalwerk-nord.example.de"),
        subject="Ihre Registrierung bei Personalwerk Nord",
        text=(
            "Hallo Frau Okafor-Grünwald,\n\n"
            "herzlichen Dank für das angenehme Telefonat. Hiermit bestätige ich Ihre "
            "Aufnahme in unseren Kandidatenpool für Positionen im Veranstaltungs- und "
            "Kulturbereich in Hamburg und Umgebung.\n\n"
            "Ihr Lebenslauf liegt uns vor. Ich stelle Sie keinem Kunden vor, ohne vorher mit "
            "Ihnen Rücksprache zu halten. Die Datenschutzhinweise finden Sie im Anhang Ihres "
            "Kandidatenportals.\n\n"
            "Beste Grüße\nSven Albers\nSenior Consultant Events & Kultur\n"
            "Personalwerk Nord GmbH · Ballindamm 27 · 20095 Hamburg · +49 40 5555 9120"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    A(
        name="alsterufer_softgarden_eingang",
        key="alsterufer-ack",
        lang="de", company="Hochschule am Alsterufer", contact="",
        date="2026-04-13 12:01",
        frm=("Hochschule am Alsterufer", "noreply@softgarden.io"),
        subject="Ihre Bewerbung bei der Hochschule am Alsterufer",
        headers=AUTO,
        text=(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle "
            "Veranstaltungsreferent/in (Kennziffer 26-041, TV-L E10).\n\n"
            "Bitte haben Sie Verständnis dafür, dass das Auswahlverfahren einige Wochen in "
            "Anspruch nehmen kann. Schwerbehinderte Bewerberinnen und Bewerber werden bei "
            "gleicher Eignung bevorzugt berücksichtigt.\n\n"
            "Mit freundlichen Grüßen\nPersonalabteilung der Hochschule am Alsterufer\n\n"
            "Diese Nachricht wurde automatisch erstellt."
        ),
        cte="base64",
    ),
    # ---------------------------------------------------------------- French
    A(
        name="vauban_successfactors_accuse",
        key="vauban-ack",
        lang="fr", company="Université Vauban", contact="",
        date="2026-05-26 18:03",
        frm=("Université Vauban - Recrutement", "noreply@successfactors.eu"),
        subject="Accusé de réception de votre candidature",
        subj_enc=("utf-8", "B"),
        headers=AUTO,
        html=ats_card(
            "Université Vauban", "#1e3a8a",
            paras(
                "Madame,\n\n"
                "Nous accusons réception de votre candidature au poste de chargé(e) "
                "d'événements institutionnels (réf. BIATSS-2026-118).\n\n"
                "Votre dossier sera étudié par la commission de recrutement après la date de "
                "clôture. Seuls les candidats retenus pour un entretien seront contactés.\n\n"
                "La Direction des ressources humaines"
            ),
            "Message automatique, merci de ne pas répondre.",
            lang="fr",
        ),
        text="auto", cte="quoted-printable",
    ),
    A(
        name="talents_hdf_inscription",
        key="talents-registered",
        lang="fr", company="Talents Hauts-de-France",
        contact="mehdi.bouzid@talents-hdf.example.fr",
        date="2026-02-23 14:28",
        frm=("Mehdi Bouzid", "mehdi.bouzid@talents-hdf.example.fr"),
        subject="Ton inscription chez Talents Hauts-de-France",
        text=(
            "Bonjour Philippa,\n\n"
            "Merci pour notre échange de ce matin ! Je te confirme ton inscription chez "
            "Talents Hauts-de-France. J'ai bien reçu ton CV en français et en anglais, et "
            "je le garde dans notre base pour les postes en événementiel et tourisme sur la "
            "métropole lilloise.\n\n"
            "Je reviens vers toi dès qu'une mission correspond.\n\n"
            "À bientôt,\nMehdi Bouzid\nConsultant recrutement\n"
            "Talents Hauts-de-France - 18 rue Faidherbe, 59000 Lille"
        ),
    ),
    A(
        name="beffroi_bien_recu_cv",
        key="beffroi-received",
        lang="fr", company="Fondation Beffroi",
        contact="elodie.carpentier@fondation-beffroi.example.fr",
        date="2026-02-02 09:37",
        frm=("Élodie Carpentier", "elodie.carpentier@fondation-beffroi.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Votre candidature - coordinatrice événements de mécénat",
        subj_enc=("iso-8859-1", "Q"),
        text=(
            "Bonjour Madame,\n\n"
            "Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de "
            "coordinatrice des événements de mécénat, et nous vous en remercions.\n\n"
            "Nous étudierons votre candidature avec attention et reviendrons vers vous "
            "d'ici la mi-février.\n\n"
            "Bien cordialement,\nÉlodie Carpentier\nFondation Beffroi"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- Spanish
    A(
        name="malagueta_teamtailor_recibida",
        key="malagueta-ack",
        lang="es", company="Centro de Congresos La Malagueta", contact="",
        date="2026-06-01 10:45",
        frm=("Centro de Congresos La Malagueta", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por tu candidatura!",
        headers=AUTO,
        html=ats_card(
            "Centro de Congresos La Malagueta", "#0f766e",
            paras(
                "Hola Philippa:\n\n"
                "Hemos recibido tu candidatura para Coordinador/a de eventos. Gracias por "
                "pensar en nosotros.\n\n"
                "Revisaremos todos los perfiles cuando cierre la oferta, el 12 de junio, y "
                "nos pondremos en contacto contigo para contarte cómo sigue el proceso.\n\n"
                "Equipo de Personas - La Malagueta"
            ),
            "Enviado con Teamtailor",
            lang="es",
        ),
        text="auto", cte="base64",
    ),
    A(
        name="talentosur_alta_en_base",
        key="talentosur-registered",
        lang="es", company="Talento Sur Selección",
        contact="marta.ordonez@talentosur.example.es",
        date="2026-05-04 12:33",
        frm=("Marta Ordóñez", "marta.ordonez@talentosur.example.es"),
        subject="Bienvenida a Talento Sur",
        text=(
            "Hola Philippa:\n\n"
            "Encantada de haber hablado contigo. Te confirmo que ya estás dada de alta en "
            "nuestra base de candidatos para puestos de eventos, turismo cultural y "
            "congresos en la Costa del Sol.\n\n"
            "Tengo tu CV en inglés; si puedes, mándame también una versión en castellano.\n\n"
            "Un saludo,\nMarta Ordóñez\nConsultora de Selección · Talento Sur Selección"
        ),
        cte="quoted-printable",
    ),
    A(
        name="axarquia_solicitud_registrada",
        key="axarquia-ack",
        lang="es", company="Universidad de la Axarquía", contact="",
        date="2026-03-03 13:00",
        frm=("Universidad de la Axarquía", "noreply@uaxarquia.example.es"),
        frm_enc=("iso-8859-1", "B"),
        subject="Solicitud registrada - Técnico/a de Protocolo y Eventos",
        subj_enc=("iso-8859-1", "B"),
        headers=AUTO,
        text=(
            "Estimada solicitante:\n\n"
            "Su solicitud de participación en el proceso selectivo para la plaza de "
            "Técnico/a de Protocolo y Eventos (ref. PTGAS-L-2026/07) ha quedado registrada "
            "con el número 2026/000318.\n\n"
            "La relación de personas admitidas se publicará en el tablón electrónico de la "
            "Universidad.\n\n"
            "Este mensaje se ha generado automáticamente; por favor, no responda."
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
]

OFFERS = [
    O(
        name="aire_quay_formal_offer_pdf",
        key="airequay-offer", parent="airequay-thanks",
        lang="en", company="Aire Quay Conference Centre",
        contact="tom.ackroyd@airequay.example.co.uk",
        date="2026-06-15 10:30",
        frm=("Tom Ackroyd", "tom.ackroyd@airequay.example.co.uk"),
        cc=("Nadia Sharif", "nadia.sharif@airequay.example.co.uk"),
        subject="Offer of employment - Events Coordinator",
        html=outlook_word(mso(
            "Dear Philippa,\n\n"
            "Following your interview on 2 June, I am delighted to offer you the position of "
            "Events Coordinator at Aire Quay Conference Centre. The panel were unanimous.\n\n"
            "Your offer letter is attached. In summary: a salary of £27,400 per annum, 37.5 "
            "hours per week on a rota that includes some evenings and weekends, 25 days' "
            "holiday plus bank holidays, and a proposed start date of Monday 3 August.\n\n"
            "The offer is conditional on two satisfactory references and proof of your right "
            "to work in the UK. Please sign and return the acceptance slip by 26 June, or "
            "call me if you'd like to talk anything through.\n\n"
            "Congratulations - Nadia and the team are really looking forward to working with "
            "you.\n\n"
            "Kind regards,\n\nTom Ackroyd\nHR Business Partner\nAire Quay Conference Centre\n"
            "Clarence Dock Road, Leeds LS10 1LT | 0113 496 0702\n\n"
            "Aire Quay Conference Centre is a trading name of Aire Quay Venues Ltd, "
            "registered in England no. 08812274."
        )),
        text="auto", cte="quoted-printable",
        attach=[{
            "pdf": "AQCC_Offer_Letter_P_Okafor-Grunwald.pdf",
            "title": "Offer of employment",
            "lines": [
                "Aire Quay Conference Centre",
                "Private & confidential - Philippa Okafor-Grünwald",
                "",
                "Offer of employment: Events Coordinator",
                "Salary: £27,400 per annum",
                "Start date: Monday 3 August 2026",
                "Conditions: two satisfactory references; right to work in the UK",
                "",
                "Signed: Tom Ackroyd, HR Business Partner",
            ],
        }],
    ),
    O(
        name="ouse_valley_verbal_followup",
        key="ousevalley-verbal", parent="ousevalley-moved",
        lang="en", company="Ouse Valley Heritage Trust",
        contact="helen.brackenbury@ousevalley.example.org.uk",
        date="2026-05-18 17:40",
        frm=("Helen Brackenbury", "helen.brackenbury@ousevalley.example.org.uk"),
        subject="Following up on our call - we'd love you to join us",
        text=(
            "Hi Philippa,\n\n"
            "Just putting in writing what I said on the phone this afternoon: everyone who "
            "met you on Thursday was won over, and we'd like to offer you the Events & "
            "Visitor Experience Assistant post.\n\n"
            "It's 30 hours a week at £12.85 an hour, with some weekend work around weddings. "
            "Ade will send the formal contract this week, but I didn't want you waiting "
            "over the weekend wondering.\n\n"
            "Have a think and give me a call when you're ready.\n\n"
            "Helen\n\n"
            "Helen Brackenbury | Visitor Experience & Events Manager\n"
            "Ouse Valley Heritage Trust | Bishopgate Mill, Skeldergate, York YO1 6DH"
        ),
    ),
    O(
        name="ouse_valley_contract_for_signature",
        key="ousevalley-contract", parent="ousevalley-verbal",
        lang="en", company="Ouse Valley Heritage Trust",
        contact="ade.oyebanji@ousevalley.example.org.uk",
        date="2026-05-22 12:02",
        frm=("Ade Oyebanji", "ade.oyebanji@ousevalley.example.org.uk"),
        subject="Your contract - Events & Visitor Experience Assistant",
        text=(
            "Dear Philippa,\n\n"
            "Further to Helen's call, please find attached your statement of terms and "
            "conditions for the Events & Visitor Experience Assistant post.\n\n"
            "If you are happy to accept, please sign page 1 and return a scanned copy to me. "
            "Once I have it back, I'll arrange your induction.\n\n"
            "Yours,\n"
            "Ade Oyebanji\nDirector\nOuse Valley Heritage Trust\n"
            "Bishopgate Mill, Skeldergate, York YO1 6DH | 01904 496 0200"
        ),
        cte="quoted-printable",
        attach=[{
            "pdf": "OVHT_Contract_Events_Assistant.pdf",
            "title": "Statement of terms and conditions",
            "lines": [
                "Ouse Valley Heritage Trust - Statement of terms and conditions",
                "Employee: Philippa Okafor-Grünwald",
                "Post: Events & Visitor Experience Assistant (30 hours per week)",
                "Pay: £12.85 per hour",
                "Signature: ______________________   Date: __________",
            ],
        }],
    ),
    O(
        name="pennine_talent_client_wants_to_offer",
        key="pennine-offer",
        lang="en", company="Nidderdale Barns",
        contact="liam.dunwell@penninetalent.example.co.uk",
        date="2026-07-08 16:22",
        frm=("Liam Dunwell", "liam.dunwell@penninetalent.example.co.uk"),
        subject="Nidderdale Barns want to make you an offer!",
        text=(
            "Philippa!\n\n"
            "Brilliant news - I've just had Jo at Nidderdale Barns on the phone and the client "
            "wants to make you an offer for the Weddings & Events Coordinator job.\n\n"
            "They're proposing £26,000 plus a share of the service charge, a four-day week "
            "in winter, and a start in early September. The written offer will come from "
            "them directly once you've said yes in principle.\n\n"
            "Give me a ring as soon as you can - I know you've got the Aire Quay contract, so "
            "let's talk it through properly.\n\n"
            "Liam\n\n"
            "Liam Dunwell | Senior Consultant - Hospitality & Events\n"
            "Pennine Talent Partners | 0113 496 0188 | 07700 900 614"
        ),
    ),
    O(
        name="quayside_book_festival_offer_pdf",
        lang="en", company="Quayside Book Festival",
        contact="anya.robson@quaysidebookfest.example.org.uk",
        date="2026-08-20 14:14",
        frm=("Anya Robson", "anya.robson@quaysidebookfest.example.org.uk"),
        subject="Festival Coordinator (fixed term) - offer",
        html=plain_html(paras(
            "Dear Philippa,\n\n"
            "It was great to talk to you on Monday. I'm pleased to confirm we'd like to offer "
            "you the fixed-term post of Festival Coordinator, from 28 September to 20 "
            "November 2026, covering the build-up and delivery of this year's festival.\n\n"
            "The attached letter sets out the fee and terms. Could you let me know by Friday "
            "whether you accept?\n\n"
            "Best wishes,\nAnya\n\n"
            "Anya Robson\nFestival Director, Quayside Book Festival\n"
            "The Bookhouse, 7 Broad Chare, Newcastle NE1 3DQ | 0191 496 0988"
        )),
        text="auto", cte="base64",
        attach=[{
            "pdf": "QBF_offer_festival_coordinator.pdf",
            "title": "Offer letter",
            "lines": [
                "Quayside Book Festival",
                "Offer: Festival Coordinator (fixed term)",
                "28 September to 20 November 2026",
                "Salary pro rata: £28,000 per annum",
            ],
        }],
    ),
    O(
        name="stockbridge_arts_offer_cp1252",
        key="stockbridge-offer", parent="stockbridge-application",
        lang="en", company="Stockbridge Arts Centre",
        contact="fiona.mcleish@stockbridgearts.example.co.uk",
        date="2026-09-02 11:48",
        frm=("Fiona McLeish", "fiona.mcleish@stockbridgearts.example.co.uk"),
        subject="Re: Application – Events Assistant (part-time)",
        subj_enc=("windows-1252", "B"),
        text=(
            "Dear Philippa,\n\n"
            "Thank you for coming to Stockbridge last week – we all enjoyed your walking-tour "
            "idea for the Water of Leith.\n\n"
            "I’m delighted to offer you the part-time Events Assistant role (21 hours a "
            "week, £13.10 per hour). Our formal offer letter is attached; the role would "
            "start on 5 October.\n\n"
            "I know it’s a long way from Leeds, so do take a few days to think about it.\n\n"
            "Warm regards,\n"
            "Fiona McLeish\nCentre Manager – Stockbridge Arts Centre\n"
            "3 Saxe Coburg Place, Edinburgh EH3 5BR · 0131 496 0147"
        ),
        charset="windows-1252", cte="quoted-printable",
        attach=[{
            "pdf": "Stockbridge_Arts_offer_letter.pdf",
            "title": "Offer letter - Events Assistant",
            "lines": [
                "Stockbridge Arts Centre",
                "Offer of employment - Events Assistant (part-time, 21 hours)",
                "Rate: £13.10 per hour - Start: 5 October 2026",
            ],
        }],
    ),
    # ---------------------------------------------------------------- German
    O(
        name="oevelgoenne_vertragsangebot_pdf",
        key="oevelgoenne-offer", parent="oevelgoenne-bewerbung",
        lang="de", company="Tagungshaus Övelgönne",
        contact="frauke.timm@tagungshaus-oevelgoenne.example.de",
        date="2026-08-14 09:45",
        frm=("Frauke Timm", "frauke.timm@tagungshaus-oevelgoenne.example.de"),
        subject="Vertragsangebot – Veranstaltungskoordination",
        subj_enc=("utf-8", "Q"),
        text=(
            "Liebe Frau Okafor-Grünwald,\n\n"
            "nach dem schönen Kennenlernen am Dienstag freuen wir uns, Ihnen die Stelle als "
            "Veranstaltungskoordinatorin im Tagungshaus Övelgönne anzubieten.\n\n"
            "Anbei erhalten Sie unser Vertragsangebot: 38,5 Wochenstunden, Bruttojahresgehalt "
            "41.500 €, Beginn zum 1. Oktober 2026, Probezeit sechs Monate. Wenn Sie "
            "einverstanden sind, senden Sie uns bitte ein unterschriebenes Exemplar bis zum "
            "28. August zurück.\n\n"
            "Bei Fragen rufen Sie mich jederzeit an.\n\n"
            "Herzliche Grüße\n"
            "Frauke Timm\nGeschäftsführerin\nTagungshaus Övelgönne\n"
            "Övelgönne 19 · 22605 Hamburg · Tel. +49 40 5555 3090"
        ),
        cte="quoted-printable",
        attach=[{
            "pdf": "Vertragsangebot_Okafor-Grünwald.pdf",
            "title": "Arbeitsvertrag - Angebot",
            "lines": [
                "Tagungshaus Övelgönne",
                "Arbeitsvertrag (Angebot) - Veranstaltungskoordinatorin",
                "Beginn: 01.10.2026 - Wochenarbeitszeit: 38,5 Stunden",
                "Bruttojahresgehalt: 41.500 EUR",
            ],
        }],
    ),
    O(
        name="personalwerk_kunde_will_angebot",
        key="personalwerk-offer",
        lang="de", company="Hafencity Messe Service",
        contact="sven.albers@personalwerk-nord.example.de",
        date="2026-09-22 16:05",
        frm=("Sven Albers | Personalwerk Nord", "sven.albers@personalwerk-nord.example.de"),
        subject="Gute Nachrichten von Hafencity Messe Service",
        text=(
            "Hallo Frau Okafor-Grünwald,\n\n"
            "ich habe gute Nachrichten: Hafencity Messe Service möchte Ihnen ein Angebot als "
            "Projektassistenz Gastveranstaltungen machen! Man war von Ihrem zweiten Gespräch "
            "sehr angetan.\n\n"
            "Eckdaten laut Kunde: 39 Stunden, 44.000 EUR brutto im Jahr, Start nach "
            "Absprache, Home-Office an einem Tag pro Woche. Der Vertrag kommt direkt vom "
            "Kunden, sobald Sie mir Ihre grundsätzliche Zusage geben.\n\n"
            "Rufen Sie mich gern heute noch an.\n\n"
            "Beste Grüße\nSven Albers\nPersonalwerk Nord · +49 170 5555 442"
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    # ---------------------------------------------------------------- French
    O(
        name="comptoir_congres_promesse_embauche",
        key="comptoir-offer",
        lang="fr", company="Le Comptoir des Congrès",
        contact="aurelie.lefebvre@comptoir-congres.example.fr",
        date="2026-10-06 15:20",
        frm=("Aurélie Lefebvre", "aurelie.lefebvre@comptoir-congres.example.fr"),
        subject="Proposition d'embauche - Coordinatrice événementielle",
        text=(
            "Bonjour Philippa,\n\n"
            "Suite à nos échanges et à votre venue au Vieux-Lille la semaine dernière, j'ai "
            "le plaisir de vous adresser notre promesse d'embauche pour le poste de "
            "coordinatrice événementielle en CDI.\n\n"
            "Rémunération brute annuelle : 31 000 EUR sur 12 mois, statut agent de maîtrise, "
            "prise de poste souhaitée le 2 novembre 2026. Le document est joint ; merci de "
            "nous le retourner signé sous huit jours si vous acceptez.\n\n"
            "Toute l'équipe se réjouit à l'idée de vous accueillir.\n\n"
            "Aurélie Lefebvre\nDirectrice - Le Comptoir des Congrès\n"
            "12 rue de la Monnaie, 59800 Lille - 03 20 55 58 44"
        ),
        cte="base64",
        attach=[{
            "pdf": "Promesse_embauche_Okafor-Grunwald.pdf",
            "title": "Promesse d'embauche",
            "lines": [
                "Le Comptoir des Congrès",
                "Promesse d'embauche - Coordinatrice événementielle (CDI)",
                "Rémunération : 31 000 EUR bruts annuels",
                "Prise de poste : 2 novembre 2026",
            ],
        }],
    ),
    # ---------------------------------------------------------------- Spanish
    O(
        name="talentosur_cliente_quiere_oferta",
        key="alcazaba-offer", parent="alcazaba-invite",
        lang="es", company="Fundación Alcazaba Cultura",
        contact="marta.ordonez@talentosur.example.es",
        date="2026-06-25 13:50",
        frm=("Marta Ordóñez", "marta.ordonez@talentosur.example.es"),
        subject="¡La Fundación Alcazaba quiere hacerte una oferta!",
        subj_enc=("utf-8", "B"),
        text=(
            "¡Philippa!\n\n"
            "Te llamo en cuanto puedas, pero te adelanto por aquí: la Fundación Alcazaba "
            "Cultura quiere hacerte una oferta para la coordinación de actividades "
            "culturales.\n\n"
            "Lo que me han transmitido: contrato indefinido, 24.500 € brutos anuales en 14 "
            "pagas, jornada completa con algunos fines de semana, incorporación en "
            "septiembre. La carta de oferta formal te la enviarán ellos cuando les des el "
            "visto bueno.\n\n"
            "¡Enhorabuena!\nMarta\n\n"
            + reply_chain(
                "es", "2026-06-16 19:05", CAND[0], CAND[1],
                "Hola Marta, ya he terminado la entrevista con Carmen. Creo que ha ido bien, "
                "sobre todo la parte en inglés. ¡Gracias por todo!",
            )
        ),
        cte="quoted-printable",
    ),
]

MESSAGES = ACKS + OFFERS
