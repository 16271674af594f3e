"""Corpus 155, hand-written: rejections, every one in its own words."""

from __future__ import annotations

from msgs155_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    blockquote,
    html_doc,
    outlook_html,
    outlook_quote_html,
    outlook_reply,
    paras,
    reply,
    wrote,
)
from msgs155_invites import (
    ALVARO,
    AUBRIAC_INVITE,
    BERENICE,
    CAPUCINE,
    CARMEN,
    CLAIRE,
    GREGORY,
    HANNAH,
    JANA,
    KAREN,
    MARTINE,
    MURAT,
    NADIA,
    PIETER,
    QLBC_INVITE,
    SABINE,
    SANNE,
    SOPHIE,
    TOM,
    YASMINA,
)
from msgs155_other import (
    CLEARWATER_THANKS,
    LUMIQ_APOLOGY,
    PUENTES_APPLICATION,
    RHEINWERK_THANKS,
    SABLON_APOLOGY,
    TORREALBA_THANKS,
)

OLIVIA = ("Olivia Grant", "olivia.grant@brightside-recruitment.example.co.uk")
LOURDES = ("Lourdes Pastor", "lpastor@puentesabiertos.example.es")
NACHO = ("Nacho Ferrer", "nacho@latinahub.example.es")
JEROEN = ("Jeroen Mulder", "jeroen.mulder@goudenbrug.example.nl")
HELENE = ("Hélène Vasseur", "h.vasseur@roussel-dhainaut.example.fr")
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
AUTO = [("Auto-Submitted", "auto-generated")]

GRUND_THANKS = """Bonjour Madame Hoffmann,

Merci encore pour l'entretien de ce matin et pour la visite de l'hôtel. J'ai particulièrement \
apprécié d'échanger avec M. Schmit sur l'organisation des séminaires. Je serais ravie de \
poursuivre le processus et reste disponible pour un second entretien si nécessaire.

Bien cordialement,
Élodie Vandamme-Reyes
"""

GRUND_NO = """Bonjour Madame Vandamme-Reyes,

Je vous remercie pour votre aimable message après notre entretien du 5 août.

M. Schmit et moi-même avons rencontré des candidates de grande qualité et le choix a été \
difficile. Nous avons finalement retenu une personne parlant couramment le luxembourgeois, ce \
qui s'est avéré indispensable pour les relations avec nos fournisseurs locaux et \
l'administration communale.

Nous regrettons de ne pouvoir vous faire une réponse favorable et conservons, avec votre \
accord, votre dossier pour une prochaine opportunité.

Meilleures salutations,

Claire Hoffmann
Responsable des Ressources humaines
Hôtel Grund Palace
"""

QLBC_NO = """Bonjour Élodie,

Merci encore pour notre échange téléphonique de jeudi dernier, décalé au pied levé : merci \
pour votre souplesse.

Après réflexion, nous ne vous proposerons pas de deuxième entretien. Nous recherchons \
finalement un profil plus technique, capable de piloter aussi la maintenance du bâtiment et \
les contrats fournisseurs, ce qui s'éloigne de votre expérience.

Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.

Yasmina El Amrani
Talent & Workplace Manager – QLBC
"""

CLEARWATER_NO = """Dear Élodie,

Thank you for your kind note after the interview, which I shared with Ruth and Alan.

The panel met on Wednesday to make its decision, and I'm afraid we will not be offering you \
the post. It was a close call: your presentation was one of the most thoughtful we heard. In \
the end we appointed a candidate with significant experience of charity finance and \
governance, which weighed heavily given the trustees' priorities this year.

If it would be useful, I would be happy to arrange a short call to give you more detailed \
feedback.

With best wishes,

Hannah Okafor
People and Governance Officer
Clearwater Relief Trust
"""

REJECTIONS = [
    dict(
        id="espa_reserve", kind="rejection", slug="eu_agency_not_on_reserve_list", lang="en",
        company="European Skills Partnership Agency", contact="",
        frm=("ESPA Selection", "espa-selection@successfactors.eu"),
        date="2026-04-20 14:00", tz="UTC", headers=[*AUTO, ("Precedence", "bulk")],
        subject="ESPA/2026/CA/04 – outcome of the selection procedure",
        text="""Dear Candidate,

The selection board for procedure ESPA/2026/CA/04 - Office Coordinator (Contract Agent, \
FG III) has completed its deliberations following the assessment centre held on 1 April 2026.

We regret to inform you that your overall score (58/100) did not reach the threshold required \
for inclusion on the reserve list (64/100). Your name will therefore not be placed on the \
reserve list established at the end of this procedure.

A breakdown of your marks per competency is available in your candidate account. You may \
request a review of the board's decision within 10 calendar days of this notification, \
following the procedure described in the vacancy notice.

We thank you for the interest you have shown in the European Skills Partnership Agency and \
encourage you to follow our future calls.

The Selection Team
European Skills Partnership Agency

This message was sent from an unmonitored mailbox.
""",
        html=ats_card(
            "en", "European Skills Partnership Agency", "#003399",
            "Outcome of selection procedure ESPA/2026/CA/04",
            "<p>Dear Candidate,</p>\n<p>The selection board has completed its deliberations "
            "following the assessment centre held on 1 April 2026.</p>\n<p>We regret to inform "
            "you that your overall score (58/100) did not reach the threshold required for "
            "inclusion on the reserve list (64/100). Your name will therefore not be placed on "
            "the reserve list established at the end of this procedure.</p>\n<p>A breakdown "
            "of your marks is available in your candidate account. You may request a review "
            "within 10 calendar days.</p>\n<p>The Selection Team</p>",
            "This message was sent from an unmonitored mailbox."),
    ),
    dict(
        id="lumiq_rejection", kind="rejection", slug="greenhouse_after_missed_call", lang="en",
        company="Lumiq Analytics", contact=SANNE[1],
        frm=("Sanne Dekker via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SANNE,
        date="2026-02-24 15:12", tz="UTC", parent="lumiq_apology",
        subject="Re: Our call this morning",
        text=reply("""Hi Élodie,

Thanks for your note, and no hard feelings about the missed call: these things happen.

In the meantime, though, we've had some strong conversations with other applicants and have \
decided to move forward with candidates whose experience more closely matches what we need \
right now, in particular on the events side of the role. So I won't be proposing a new slot.

I'm sorry it's not better news. I'll keep your details on file and would be glad to hear from \
you if something else comes up at Lumiq.

All the best,
Sanne
""", "en", "2026-02-16 13:10", CAND_NAME, CAND_ADDR, LUMIQ_APOLOGY),
    ),
    dict(
        id="rheinwerk_rejection", kind="rejection", slug="absage_nach_dankesmail", lang="de",
        company="Rheinwerk Messe Service", contact=JANA[1], frm=JANA,
        date="2026-04-08 10:15", parent="rheinwerk_thanks",
        subject="AW: Vielen Dank für das heutige Gespräch", charset="windows-1252", cte="qp",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True, headers=OUTLOOK,
        text=reply("""Sehr geehrte Frau Vandamme-Reyes,

vielen Dank für Ihre freundliche Nachricht nach unserem Gespräch – entschuldigen Sie bitte, \
dass meine Antwort wegen meines Urlaubs etwas gedauert hat.

Herr Oberländer und ich haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns \
für eine Bewerberin entschieden, die bereits mehrere Jahre in der Messeorganisation gearbeitet \
hat und die Abläufe in Deutz kennt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihr Auftreten und Ihre Sprachkenntnisse haben uns sehr gefallen. Wenn Sie einverstanden sind, \
bewahren wir Ihre Unterlagen gern sechs Monate für künftige Vakanzen auf.

Mit freundlichen Grüßen
Jana Hoffmeister
Personalreferentin · Rheinwerk Messe Service GmbH
Tel. +49 221 9584 2210
""", "de", "2026-03-26 17:30", CAND_NAME, CAND_ADDR, RHEINWERK_THANKS),
    ),
    dict(
        id="harcourt_rejection", kind="rejection", slug="icims_html_only_not_progressing",
        lang="en", company="Harcourt Pryce", contact="",
        frm=("Harcourt Pryce Careers", "careers-harcourtpryce@icims.com"),
        date="2026-07-15 06:30", tz="ET", headers=AUTO,
        subject="Update on your application – Executive Assistant to the Managing Partner",
        html=ats_card(
            "en", "Harcourt Pryce", "#4a0e2e", "An update on your application",
            "<p>Dear Élodie,</p>\n<p>Thank you for the time you have invested in your "
            "application for <b>Executive Assistant to the Managing Partner</b> (Req "
            "2026-0412), and for speaking with our Talent team.</p>\n<p>After careful "
            "consideration, we will not be progressing your application to the next stage of "
            "our process. This decision was made against a demanding shortlist and does not "
            "diminish the strengths you bring.</p>\n<p>We will retain your details in line "
            "with our privacy notice and may contact you about future opportunities.</p>\n"
            "<p>Kind regards,<br>Talent Acquisition<br>Harcourt Pryce LLP</p>",
            "Please do not reply to this message. Replies to this address are not monitored."),
        html_cte="qp",
    ),
    dict(
        id="sablon_rejection", kind="rejection", slug="hotel_terse_after_no_show", lang="fr",
        company="Hôtel Le Sablon Royal", contact=NADIA[1], frm=NADIA,
        date="2026-06-15 08:50", parent="sablon_apology",
        subject="RE: Journée d'essai de ce matin",
        text=reply("""Madame,

J'ai bien pris connaissance de votre message et je vous souhaite un bon rétablissement. Nous \
avons toutefois décidé de ne pas donner suite à votre candidature ; le poste sera pourvu dans \
les prochains jours.

Cordialement,
Nadia Belkacem
""", "fr", "2026-06-09 10:20", CAND_NAME, CAND_ADDR, SABLON_APOLOGY),
    ),
    dict(
        id="moreels_rejection", kind="rejection", slug="agency_relays_client_no", lang="fr",
        company="Chocolaterie Moreels", contact=GREGORY[1], frm=GREGORY,
        date="2026-01-28 14:05", parent="moreels_moved",
        subject="Retour de la Chocolaterie Moreels", cte="b64",
        text="""Bonjour Élodie,

J'ai eu M. Moreels au téléphone ce matin. Il a apprécié votre présentation et votre sens de \
l'accueil, mais il a finalement choisi une candidate qui habite à Herstal et qui peut assurer \
les ouvertures de 7h le samedi, un point décisif pour lui. Ce ne sera donc pas pour cette \
fois.

Ne vous découragez pas : votre profil plaît, et j'ai déjà deux autres pistes en tête pour \
février. Je vous rappelle en fin de semaine.

Grégory

Grégory Lambotte
Consultant recrutement – Intérim Horizon Liège
0478 62 15 09
""",
    ),
    dict(
        id="aubriac_rejection", kind="rejection", slug="headhunter_relays_final_no", lang="fr",
        company="Maison Aubriac", contact=BERENICE[1], frm=BERENICE,
        date="2026-09-22 18:30", parent="aubriac_moved",
        subject="Re: Maison Aubriac souhaite vous rencontrer",
        headers=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
        text=reply("""Bonjour Élodie,

Je voulais vous appeler mais je tombe sur votre messagerie, alors je vous écris. Mme Castagné \
m'a fait son retour ce midi : elle a beaucoup apprécié votre échange, mais la Maison Aubriac a \
préféré s'orienter vers une candidate déjà installée à Paris, avec une expérience du luxe, qui \
peut démarrer immédiatement.

C'est une déception, je le sais, d'autant que vous étiez en finale. Je garde votre dossier en \
tête pour mes prochaines missions et je vous rappelle très vite.

Bien à vous,
Bérénice
""", "fr", "2026-09-01 10:26", *BERENICE, AUBRIAC_INVITE),
    ),
    dict(
        id="datenhafen_rejection", kind="rejection", slug="softgarden_formal_absage", lang="de",
        company="Datenhafen", contact="", frm=("Datenhafen GmbH", "noreply@softgarden.io"),
        date="2026-05-27 09:00", tz="UTC", headers=AUTO,
        subject="Ihre Bewerbung als Office & Team Assistant (m/w/d)",
        text="""Hallo Frau Vandamme-Reyes,

noch einmal vielen Dank für Ihr Interesse an Datenhafen und die Zeit, die Sie in Ihre \
Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im \
weiteren Auswahlprozess nicht berücksichtigen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Viele Grüße
Ihr Datenhafen-Team

Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.
""",
        html=ats_card(
            "de", "Datenhafen", "#0b7a75", "Ihre Bewerbung bei Datenhafen",
            "<p>Hallo Frau Vandamme-Reyes,</p>\n<p>noch einmal vielen Dank für Ihr Interesse an "
            "Datenhafen und die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>\n<p>Nach "
            "sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung "
            "im weiteren Auswahlprozess nicht berücksichtigen können.</p>\n<p>Wir wünschen "
            "Ihnen für Ihre berufliche Zukunft alles Gute.</p>\n<p>Viele Grüße<br>Ihr "
            "Datenhafen-Team</p>",
            "Versendet über softgarden. Bitte antworten Sie nicht auf diese E-Mail."),
    ),
    dict(
        id="horizons_hold", kind="rejection", slug="ngo_role_frozen_on_hold", lang="fr",
        company="Horizons Partagés", contact=SOPHIE[1], frm=SOPHIE,
        date="2026-06-12 15:20", parent="horizons_cancel", cte="b64",
        subject="Suite du recrutement – assistant·e de coordination",
        text="""Chère Élodie,

Comme annoncé lors de l'annulation de notre entretien, notre conseil d'administration s'est \
réuni pour revoir le budget de l'année prochaine. Il a décidé de geler la création du poste \
d'assistant·e de coordination : le recrutement est mis en attente pour une durée \
indéterminée et nous ne poursuivrons donc pas la procédure.

Nous en sommes sincèrement désolés, d'autant que votre candidature faisait partie de celles \
qui avaient retenu notre attention. Si le poste devait être rouvert, nous reprendrions contact \
avec vous en priorité.

Bien cordialement,
Sophie Claessens
Horizons Partagés asbl
""",
    ),
    dict(
        id="beaumanoir_internal", kind="rejection", slug="law_firm_filled_internally", lang="fr",
        company="Beaumanoir Lequesne", contact=MARTINE[1], frm=MARTINE,
        date="2026-04-02 11:00", parent="beaumanoir_missed",
        subject="Votre candidature au cabinet", charset="iso-8859-1", cte="8bit",
        text="""Madame,

Suite à votre appel de la semaine dernière, Maître Lequesne avait accepté de reporter votre \
entretien. Entre-temps, le poste d'assistante a été confié à une collaboratrice du cabinet qui \
souhaitait changer de service, et nous ne recrutons donc plus à l'extérieur.

Nous sommes au regret de ne pouvoir donner suite à votre candidature et vous souhaitons plein \
succès dans vos recherches.

Cordialement,

Martine Pasquier
Assistante de Maître Lequesne
Beaumanoir Lequesne Avocats
""",
    ),
    dict(
        id="nubalia_rejection", kind="rejection", slug="workable_otras_candidaturas", lang="es",
        company="Nubalia Software", contact="",
        frm=("Nubalia Software", "noreply@candidates.workablemail.com"),
        date="2026-08-03 08:30", tz="UTC", headers=AUTO,
        subject="Actualización sobre tu candidatura en Nubalia Software",
        subject_enc=("utf-8", "B"),
        text="""Hola Élodie,

Gracias por tu paciencia durante estas semanas y por tu interés en Nubalia Software.

Tras revisar de nuevo las necesidades del equipo de operaciones, hemos optado por continuar el \
proceso únicamente con las candidaturas que ya tenían experiencia en empresas de software.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Nubalia Software

Enviado con Workable
""",
        html=ats_card(
            "es", "Nubalia Software", "#6d28d9", "Actualización sobre tu candidatura",
            "<p>Hola Élodie,</p>\n<p>Gracias por tu paciencia durante estas semanas y por tu "
            "interés en Nubalia Software.</p>\n<p>Tras revisar de nuevo las necesidades del "
            "equipo de operaciones, hemos optado por continuar el proceso únicamente con las "
            "candidaturas que ya tenían experiencia en empresas de software.</p>\n<p>Te "
            "deseamos mucha suerte en tu búsqueda.</p>\n<p>Un saludo,<br>Nubalia Software</p>",
            "Enviado con Workable"),
    ),
    dict(
        id="puentes_cancelled", kind="rejection", slug="fundacion_puesto_cancelado", lang="es",
        company="Fundación Puentes Abiertos", contact=LOURDES[1], frm=LOURDES,
        date="2026-07-14 12:00", parent="puentes_application",
        subject="Re: Candidatura: Técnica de administración y oficina (ref. FPA-07/2026)",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True,
        charset="iso-8859-1", cte="qp",
        text=reply("""Estimada Élodie:

Muchas gracias por tu candidatura y por tus palabras tan cercanas sobre nuestro trabajo.

Lamentablemente, el puesto FPA-07/2026 ha quedado cancelado: la subvención autonómica que iba \
a financiarlo no se ha renovado este año y no podemos asumir la contratación con fondos \
propios. Cerramos por tanto el proceso sin cubrir la plaza.

Si la situación cambia y volvemos a convocarlo, te avisaremos personalmente.

Un abrazo,

Lourdes Pastor
Coordinadora de Administración
Fundación Puentes Abiertos
Calle de la Fe 12, 28012 Madrid
""", "es", "2026-06-22 22:14", CAND_NAME, CAND_ADDR, PUENTES_APPLICATION),
    ),
    dict(
        id="adecuo_rejection", kind="rejection", slug="agencia_cliente_elige_otra", lang="es",
        company="Bodegas Heredia Vela", contact=CARMEN[1], frm=CARMEN,
        date="2026-06-02 10:05", parent="adecuo_missed",
        subject="Respuesta de Bodegas Heredia Vela",
        text="""Hola, Élodie:

Ya tengo respuesta de Bodegas Heredia Vela. Rocío agradece que fueras el jueves a pesar del \
lío del lunes, pero se quedan con la otra finalista, que ya había trabajado en una bodega y \
conoce el sector del vino.

Me sabe fatal, porque la parte en francés te salió muy bien. Sigo moviendo tu perfil: esta \
semana tengo dos procesos nuevos que te pueden encajar.

Un abrazo,
Carmen
Adecuo Talento · +34 655 20 41 87
""",
    ),
    dict(
        id="latina_hub_casual", kind="rejection", slug="colega_cuenta_que_no", lang="es",
        company="La Latina Hub", contact=NACHO[1], frm=NACHO, date="2026-10-13 19:40",
        subject="lo de la recepción del Hub", cte="8bit",
        text="""Ey, Élodie:

Te escribo yo antes de que te llegue nada oficial: al final los socios se han quedado con una \
chica que ya hacía sustituciones en el Hub los fines de semana. Yo les hablé maravillas de ti, \
de verdad, pero ella jugaba en casa.

Lo siento un montón. Cuando vengas a Madrid te invito a unas cañas y te cuento todo el \
culebrón.

Un abrazo,
Nacho

--
Nacho Ferrer · Community Manager
La Latina Hub · Coworking
Plaza de la Cebada 7, 28005 Madrid
""",
    ),
    dict(
        id="torrealba_rejection", kind="rejection", slug="despacho_tras_agradecimiento",
        lang="es", company="Torrealba Abogados", contact=ALVARO[1], frm=ALVARO,
        date="2026-09-24 17:15", parent="torrealba_thanks",
        subject="RE: Gracias por la conversación de hoy", headers=OUTLOOK,
        text=outlook_reply("""Estimada Élodie:

Gracias por tu mensaje y por tu interés. La socia directora ha revisado los perfiles \
finalistas y, aunque el tuyo nos parecía muy interesante, ha preferido a una persona con \
experiencia previa en un despacho de Madrid, por su conocimiento de los procedimientos \
judiciales.

Por ello, no vamos a continuar contigo en este proceso. Te agradezco sinceramente la \
disponibilidad que has mostrado en todo momento.

Un cordial saludo,
Álvaro Cienfuegos
Responsable de Recursos Humanos · Torrealba Abogados
""", "es", CAND_NAME, CAND_ADDR, "2026-09-11 18:00", f"{ALVARO[0]} <{ALVARO[1]}>",
            "Gracias por la conversación de hoy", TORREALBA_THANKS),
    ),
    dict(
        id="quillfield_terse", kind="rejection", slug="startup_short_no", lang="en",
        company="Quillfield", contact=TOM[1], frm=TOM, date="2026-08-24 09:05", tz="UK",
        parent="ext_quillfield_reply", subject="Re: Office manager role - chat Thursday?",
        text=reply("""Hi Élodie,

Thanks again for our chat the other Thursday. We've gone with someone London-based who can \
start next week, so we won't be taking things further with you.

Good luck!
Tom
""", "en", "2026-08-12 21:15", CAND_NAME, CAND_ADDR, """Hi Tom,

Thursday at 3pm UK time works perfectly. Looking forward to it!

Élodie
"""),
    ),
    dict(
        id="clearwater_rejection", kind="rejection", slug="charity_after_thank_you_note",
        lang="en", company="Clearwater Relief Trust", contact=HANNAH[1], frm=HANNAH,
        date="2026-03-20 14:40", tz="UK", parent="clearwater_thanks",
        subject="RE: Thank you – Office and Operations Manager interview", headers=OUTLOOK,
        text=outlook_reply(CLEARWATER_NO, "en", CAND_NAME, CAND_ADDR, "2026-03-10 18:02",
                           f"{HANNAH[0]} <{HANNAH[1]}>",
                           "Thank you – Office and Operations Manager interview",
                           CLEARWATER_THANKS),
        html=outlook_html(paras(CLEARWATER_NO) + "\n" + outlook_quote_html(
            [f"From: {CAND_NAME} <{CAND_ADDR}>", "Sent: Tuesday, March 10, 2026 6:02 PM",
             f"To: {HANNAH[0]} <{HANNAH[1]}>",
             "Subject: Thank you – Office and Operations Manager interview"],
            paras(CLEARWATER_THANKS)), "en"),
    ),
    dict(
        id="brightside_relay", kind="rejection", slug="agency_unnamed_client_declines",
        lang="en", company="Brightside Office Recruitment", contact=OLIVIA[1], frm=OLIVIA,
        date="2026-06-05 17:22", tz="UK", subject="Feedback from the Holborn interview",
        text="""Hi Élodie,

I've just had feedback from my client in Holborn after Tuesday's interview. They liked you a \
lot, especially your warmth with visitors, but they've decided to offer the role to a \
candidate who has already run an office through a relocation, which is exactly what they're \
facing next spring.

So unfortunately it's a no from them this time. Please don't be disheartened: I'm seeing two \
more legal clients next week and I'll be putting your CV forward to both.

Speak soon,
Olivia

Olivia Grant
Senior Consultant – Office Support
Brightside Office Recruitment
020 7946 0881
""",
    ),
    dict(
        id="tulipshift_rejection", kind="rejection", slug="ashby_not_moving_forward",
        lang="en", company="Tulipshift", contact="", frm=("Tulipshift", "no-reply@ashbyhq.com"),
        date="2026-10-09 12:00", tz="UTC", headers=AUTO,
        subject="Your application to Tulipshift",
        text="""Hi Élodie,

Thank you for taking the time to interview with Femke for the Executive Assistant to the CEO \
role. We really appreciated the chance to learn about your experience.

After a lot of deliberation, we've decided not to move forward with your candidacy at this \
time. It was a difficult decision given the strength of the candidate pool.

We'll keep your profile in our talent community and may reach out if a role opens up that \
fits your background.

Best,
The Tulipshift Talent Team

Powered by Ashby
""",
        html=ats_card(
            "en", "Tulipshift", "#e11d48", "Your application to Tulipshift",
            "<p>Hi Élodie,</p>\n<p>Thank you for taking the time to interview with Femke for "
            "the Executive Assistant to the CEO role.</p>\n<p>After a lot of deliberation, "
            "we've decided not to move forward with your candidacy at this time. It was a "
            "difficult decision given the strength of the candidate pool.</p>\n<p>Best,<br>"
            "The Tulipshift Talent Team</p>", "Powered by Ashby"),
    ),
    dict(
        id="gouden_brug_filled", kind="rejection", slug="hotel_position_now_filled", lang="en",
        company="Hotel De Gouden Brug", contact=JEROEN[1], frm=JEROEN,
        date="2026-10-07 11:30", subject="Front Office & Admin Coordinator – update",
        text="""Dear Élodie,

Thank you for our phone conversation on Monday and for your interest in joining the hotel.

I wanted to let you know promptly that the position has now been filled. One of our \
reservation agents applied in the same week and, given her knowledge of our systems, the \
general manager decided to promote her.

I realise this is disappointing after a good conversation, and I'm sorry we could not take it \
further. I wish you every success with your search.

Kind regards,

Jeroen Mulder
Front Office Manager
Hotel De Gouden Brug
Prinsengracht 281, 1016 GW Amsterdam
""",
        html=html_doc(paras("""Dear Élodie,

Thank you for our phone conversation on Monday and for your interest in joining the hotel.

I wanted to let you know promptly that the position has now been filled. One of our \
reservation agents applied in the same week and, given her knowledge of our systems, the \
general manager decided to promote her.

I realise this is disappointing after a good conversation, and I'm sorry we could not take it \
further. I wish you every success with your search.

Kind regards,

Jeroen Mulder
Front Office Manager
Hotel De Gouden Brug
Prinsengracht 281, 1016 GW Amsterdam"""), "en"),
        html_cte="b64",
    ),
    dict(
        id="diploserv_withdrawn", kind="rejection", slug="embassy_contract_ended_withdrawn",
        lang="en", company="DiploServ Facilities", contact=PIETER[1], frm=PIETER,
        date="2026-07-21 10:15", parent="diploserv_missed", headers=OUTLOOK,
        subject="Facilities & Front Office Coordinator – position withdrawn",
        text="""Dear Élodie,

Thank you for getting back to me after our missed call, and for your patience since.

I'm writing to let you know that we have had to withdraw the Facilities & Front Office \
Coordinator position. The embassy contract that this role was created for will not be renewed \
after September, so the post no longer exists and we are closing the recruitment without \
appointing anyone.

This has nothing to do with your application, and I'm sorry to end things this way. If a \
similar role opens with another mission, I'll contact you directly.

Best regards,

Pieter Vanhoof
Operations Manager
DiploServ Facilities
+32 2 511 80 62

DiploServ Facilities provides facility services to diplomatic missions. This message is \
intended only for the addressee.
""",
    ),
    dict(
        id="falkenrath_letter", kind="rejection", slug="kanzlei_absage_mit_schreiben_pdf",
        lang="de", company="Falkenrath Wendt", contact=SABINE[1], frm=SABINE,
        date="2026-03-06 10:20", parent="falkenrath_invite",
        subject="Ihre Bewerbung – unsere Entscheidung", subject_enc=("utf-8", "B"),
        charset="iso-8859-1", cte="qp",
        text="""Sehr geehrte Frau Vandamme-Reyes,

wir bedanken uns nochmals für das Gespräch am Montag. Nach reiflicher Überlegung hat sich \
Frau Dr. Falkenrath für eine Bewerberin mit Erfahrung als Rechtsanwaltsfachangestellte \
entschieden, da die Stelle einen hohen Anteil an Fristenkontrolle und Schriftsatzarbeit \
umfasst.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können. Unser Schreiben sowie Ihre \
Bewerbungsunterlagen erhalten Sie anbei zurück.

Mit freundlichen Grüßen

Sabine Krämer
Büroleitung
Falkenrath Wendt Rechtsanwälte PartG mbB
Kaiser-Wilhelm-Ring 22 · 50672 Köln

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht \
der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese \
E-Mail.
""",
        pdfs=[dict(filename="Schreiben_Vandamme-Reyes_2026-03-06.pdf",
                   title="Falkenrath Wendt Rechtsanwälte - Ihre Bewerbung",
                   lines=["Köln, 6. März 2026",
                          "Sehr geehrte Frau Vandamme-Reyes,",
                          "wir danken Ihnen für Ihre Bewerbung als Assistenz der Kanzleileitung.",
                          "Leider können wir Ihnen die Stelle nicht anbieten.",
                          "Ihre Unterlagen erhalten Sie mit diesem Schreiben zurück.",
                          "Mit freundlichen Grüßen, Dr. Ulrike Falkenrath"])],
    ),
    dict(
        id="personalwerk_unnamed", kind="rejection", slug="agentur_kunde_ohne_namen", lang="de",
        company="Personalwerk Köln", contact=MURAT[1], frm=MURAT, date="2026-04-14 15:40",
        subject="Rückmeldung zur Assistenzstelle in Porz",
        text="""Hallo Frau Vandamme-Reyes,

kurze Rückmeldung zu der Assistenzstelle bei meinem Kunden in Porz, für die ich Sie letzte \
Woche vorgeschlagen hatte: Der Kunde hat sich nach Sichtung der Profile gegen ein Gespräch \
entschieden, weil er jemanden mit fließendem Niederländisch für die Betreuung der \
Benelux-Lieferanten sucht.

Schade – ich bleibe aber dran und melde mich, sobald ich etwas Neues habe.

Gruß
Murat Yilmaz
Personalwerk Köln · Mobil 0176 4418 2290
""",
    ),
    dict(
        id="domblick_workday", kind="rejection", slug="workday_andere_kandidaten", lang="de",
        company="Domblick Hotels", contact="",
        frm=("Domblick Hotels", "domblickhotels@myworkday.com"),
        date="2026-08-27 06:30", tz="UTC", headers=AUTO,
        subject="Ihre Bewerbung bei Domblick Hotels (R-10482)",
        text="""Guten Tag Élodie Vandamme-Reyes,

wir danken Ihnen für Ihr Interesse an der Position Assistenz der Hoteldirektion (m/w/d) im \
Domblick Hotel Köln.

Wir haben Ihre Unterlagen mit Interesse gelesen, uns im Rahmen unseres Auswahlverfahrens \
jedoch für andere Kandidatinnen und Kandidaten entschieden.

Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.

Freundliche Grüße
Talent Acquisition
Domblick Hotels
""",
        html=html_doc(paras("""Guten Tag Élodie Vandamme-Reyes,

wir danken Ihnen für Ihr Interesse an der Position Assistenz der Hoteldirektion (m/w/d) im \
Domblick Hotel Köln.

Wir haben Ihre Unterlagen mit Interesse gelesen, uns im Rahmen unseres Auswahlverfahrens \
jedoch für andere Kandidatinnen und Kandidaten entschieden.

Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.

Freundliche Grüße
Talent Acquisition
Domblick Hotels"""), "de"),
    ),
    dict(
        id="nordlys_taleo", kind="rejection", slug="taleo_profil_non_retenu_cp1252", lang="fr",
        company="Nordlys Logistique", contact="",
        frm=("Nordlys Logistique - Recrutement", "nordlys@taleo.net"),
        date="2026-03-16 06:40", tz="UTC", headers=AUTO,
        subject="Votre candidature - Assistante de direction (NL-2026-0117)",
        charset="windows-1252", cte="b64",
        text="""Madame,

Nous vous remercions d'avoir pris le temps de répondre à notre entretien vidéo différé pour le \
poste « Assistante de direction – site de Lesquin ».

Après examen attentif de l'ensemble des candidatures, nous sommes au regret de vous informer \
que votre profil n'a pas été retenu pour la suite du processus.

Nous conservons vos coordonnées dans notre vivier de talents, sauf avis contraire de votre \
part, et reviendrons vers vous si une opportunité correspondant à votre parcours se présente.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service Recrutement
Nordlys Logistique
""",
    ),
    dict(
        id="meuse_rejection", kind="rejection", slug="closed_after_missed_visio", lang="fr",
        company="Groupe Meuse Habitat", contact="",
        frm=("Groupe Meuse Habitat", "noreply@smartrecruiters.com"),
        date="2026-05-07 13:15", tz="UTC", headers=AUTO,
        subject="Votre candidature – Assistant(e) de direction",
        text="""Bonjour Élodie,

Faute de nouvelles de votre part après l'entretien en visioconférence du 28 avril auquel vous \
ne vous êtes pas connectée, nous avons poursuivi le processus avec les autres candidats \
présélectionnés.

Nous clôturons donc votre candidature pour ce poste. Vous restez bien entendu libre de \
postuler à nos futures offres d'emploi.

Cordialement,
Le service du personnel
Groupe Meuse Habitat
""",
        html=html_doc(paras("""Bonjour Élodie,

Faute de nouvelles de votre part après l'entretien en visioconférence du 28 avril auquel vous \
ne vous êtes pas connectée, nous avons poursuivi le processus avec les autres candidats \
présélectionnés.

Nous clôturons donc votre candidature pour ce poste. Vous restez bien entendu libre de \
postuler à nos futures offres d'emploi.

Cordialement,
Le service du personnel
Groupe Meuse Habitat""") + '\n<p style="font-size:10px;color:#999">Powered by '
                      "SmartRecruiters</p>", "fr"),
    ),
    dict(
        id="grund_rejection", kind="rejection", slug="hotel_lux_after_thanks_b64", lang="fr",
        company="Hôtel Grund Palace", contact=CLAIRE[1], frm=CLAIRE,
        date="2026-08-18 16:30", parent="ext_grund_thanks",
        subject="RE: Merci pour l'entretien", charset="windows-1252", cte="b64",
        headers=OUTLOOK,
        text=outlook_reply(GRUND_NO, "fr", CAND_NAME, CAND_ADDR, "2026-08-05 19:12",
                           f"{CLAIRE[0]} <{CLAIRE[1]}>", "Merci pour l'entretien", GRUND_THANKS),
        html=outlook_html(paras(GRUND_NO) + "\n" + outlook_quote_html(
            [f"De : {CAND_NAME} <{CAND_ADDR}>", "Envoyé : mercredi 5 août 2026 19:12",
             f"À : {CLAIRE[0]} <{CLAIRE[1]}>", "Objet : Merci pour l'entretien"],
            paras(GRUND_THANKS)), "fr", "windows-1252"),
        html_charset="windows-1252", html_cte="b64",
    ),
    dict(
        id="verbruggen_cancelled", kind="rejection", slug="consultancy_role_not_created",
        lang="fr", company="Verbruggen Consulting", contact=KAREN[1], frm=KAREN,
        date="2026-10-14 09:40", parent="verbruggen_missed",
        subject="Poste d'assistante de direction", headers=OUTLOOK,
        text="""Bonjour Madame Vandamme-Reyes,

Merci d'avoir repris contact après notre appel manqué de la semaine dernière. Avant de fixer \
un nouvel entretien, je préfère être transparente avec vous : la direction a décidé de \
réorganiser le secrétariat autour des deux assistantes actuelles, et le poste d'assistante de \
direction ne sera finalement pas créé.

Le recrutement est donc clôturé, pour vous comme pour les autres candidats. Je suis désolée \
de ne pas pouvoir vous proposer mieux.

Bien à vous,
Karen De Smet
Verbruggen Consulting – +32 2 669 12 04
""",
    ),
    dict(
        id="sorel_casual", kind="rejection", slug="design_studio_franche_et_desolee", lang="fr",
        company="Atelier Sorel", contact=CAPUCINE[1], frm=CAPUCINE,
        date="2026-02-20 12:10", parent="ext_sorel_reply",
        subject="Re: Ton CV (via Léa) – tu es libre jeudi ?", cte="8bit",
        text=reply("""Coucou Élodie,

Bon, je vais être franche parce que tu m'as fait super bonne impression jeudi : on part sur \
quelqu'un qui maîtrise déjà InDesign et la compta, parce qu'on n'a pas le temps de former en \
ce moment (trois chantiers qui démarrent en mars, c'est la folie).

Donc ce n'est pas toi cette fois, et j'en suis vraiment désolée. Si on grandit à la rentrée, \
je te fais signe en premier, promis.

Belle journée et merci encore d'être venue jusqu'à Paris,
Capucine
""", "fr", "2026-02-10 21:37", CAND_NAME, CAND_ADDR, """Avec plaisir ! Jeudi 18h à l'atelier, \
c'est parfait. Je prends le train de 15h13.

Élodie
"""),
    ),
    dict(
        id="roussel_forward", kind="rejection", slug="notary_forwards_partner_decision",
        lang="fr", company="Roussel-Dhainaut", contact=HELENE[1], frm=HELENE,
        date="2026-04-24 09:30", subject="TR: Candidature Mme Vandamme-Reyes",
        headers=OUTLOOK, charset="windows-1252", cte="qp",
        text="""Bonjour Madame,

Je vous transfère ci-dessous la réponse de Maître Roussel concernant votre candidature. Je \
suis désolée qu'elle ne soit pas plus favorable et vous souhaite une bonne continuation.

Hélène Vasseur
Responsable administrative
Office notarial Roussel-Dhainaut
12 place du Théâtre – 59000 Lille

""" + "_" * 32 + """
De : Bertrand Roussel <b.roussel@roussel-dhainaut.example.fr>
Envoyé : jeudi 23 avril 2026 18:52
À : Hélène Vasseur <h.vasseur@roussel-dhainaut.example.fr>
Objet : Candidature Mme Vandamme-Reyes

Hélène,

Pour Mme Vandamme-Reyes : profil sympathique et très bonne présentation, mais nous ne la \
retiendrons pas. Il nous faut quelqu'un qui connaisse déjà les actes et notre logiciel \
notarial. Pouvez-vous lui répondre gentiment ?

Merci,
BR
""",
    ),
    dict(
        id="qlbc_rejection", kind="rejection", slug="business_center_html_only_quote",
        lang="fr", company="Quartier Léopold Business Center", contact=YASMINA[1],
        frm=YASMINA, date="2026-09-10 17:45", parent="qlbc_moved",
        subject="Re: Votre candidature – Office Manager – QLBC",
        html=html_doc(paras(QLBC_NO) + "\n" + blockquote(
            wrote("fr", "2026-08-31 09:48", *YASMINA), paras(QLBC_INVITE)), "fr"),
        html_cte="qp",
    ),
]

MESSAGES = REJECTIONS
