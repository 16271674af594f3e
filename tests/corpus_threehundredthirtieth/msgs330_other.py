"""other: Declan's own mail, newsletters, job alerts and look-alike traps (52 messages)."""

from __future__ import annotations

from msgs330_common import CANDIDATE, DECLAN_ASCII, msg, shell, t

K = "other"
SINEAD = ("Sinéad Ní Dhonnchadha", "sinead.nidhonnchadha@meridalehotels.example.com")


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a bulk sender."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


OWN = [
    msg(
        id="own_brigade_application", kind=K, lang="en", frm=DECLAN_ASCII,
        to=("Niamh Costigan", "niamh.costigan@brigade-hospitality.example.ie"),
        subj="CV - Declan Whitfield - F&B / Operations roles",
        date="2026-01-13 21:40 +0000", cte="7bit",
        text=t("""
            Hi Niamh,

            Thanks for the chat on LinkedIn. As promised, I've attached my CV.

            Quick summary: I've been head chef at the Mardyke Kitchen in Cork for six years
            (120 covers, team of 18, full P&L responsibility for the kitchen), and before that
            sous chef at two hotels in Dublin. I'm now looking to move into hospitality
            operations or F&B management - hotel, contract catering or events - in Ireland or
            abroad (I'm happy to relocate to the UK, Austria, France or Spain).

            I'm available for a call any weekday after 3pm.

            Thanks,
            Declan
            +353 86 555 0148
        """),
        att=[("Declan_Whitfield_CV_2026.pdf", [
            "Declan O Briain-Whitfield", "Cork, Ireland - declan.whitfield@example.ie",
            "Head Chef, The Mardyke Kitchen, Cork (2020-2026)",
            "Sous Chef, hotels in Dublin (2015-2020)",
            "Languages: English, Irish, German (B2), French (B1), Spanish (B1)",
        ])],
    ),
    msg(
        id="own_meridale_confirm", kind=K, lang="en", frm=CANDIDATE, to=SINEAD,
        hdr=("utf-8", "b"), parent="meridale_move", quote="en",
        subj="Re: Updated invitation: interview moved to Thursday 12 March, 14:30",
        date="2026-03-06 10:14 +0000", cte="qp",
        text=t("""
            Hi Sinéad,

            No problem at all - Thursday 12 March at 14:30 suits me well. I've accepted the
            updated invitation.

            Looking forward to speaking with you and Ronan.

            Best regards,
            Declan
        """),
    ),
    msg(
        id="own_meridale_thanks", kind=K, lang="en", frm=CANDIDATE, to=SINEAD,
        hdr=("utf-8", "b"), parent="own_meridale_confirm", quote="en",
        subj="Thank you - F&B Operations Manager interview",
        date="2026-03-12 18:55 +0000", cte="qp",
        text=t("""
            Hi Sinéad,

            Thank you and Ronan for your time this afternoon. I really enjoyed hearing about
            the plans for the rooftop bar and the new breakfast concept, and it confirmed how
            much I'd like to help run the F&B side of a hotel like Meridale Dublin Docklands.

            If there is anything else you need from me, please let me know.

            Kind regards,
            Declan Ó Briain-Whitfield
        """),
    ),
    msg(
        id="own_meridale_final_confirm", kind=K, lang="en", frm=CANDIDATE, to=SINEAD,
        hdr=("utf-8", "b"), parent="meridale_inv2", quote="en",
        subj="Re: Final stage - F&B Operations Manager, Meridale Dublin Docklands",
        date="2026-03-22 20:31 +0000", cte="qp",
        text=t("""
            Hi Sinéad,

            That's great news, thank you! I'll be there on Thursday 26 March.

            One small request: the first train from Cork gets into Heuston at 09:15, so
            could we possibly start the panel at 10:00 instead of 09:30? If that's difficult
            I'll travel up the night before - just let me know.

            Thanks again,
            Declan
        """),
    ),
    msg(
        id="own_shandon_apology", kind=K, lang="en", frm=DECLAN_ASCII,
        to=("Conor Buckley", "conor.buckley@shandonpark.example.ie"),
        parent="shandon_missed", quote="en",
        subj="Sorry about Saturday",
        date="2026-03-14 20:12 +0000", cte="7bit",
        text=t("""
            Hi Conor,

            I'm really sorry about today. My car broke down on the N20 outside Mallow at about
            11 and my phone died while I was waiting for the tow truck, so I couldn't let you
            or Emma know. I know that's no excuse for leaving you short on a match day.

            If there's any chance of doing the trial at the next home game, I'd really
            appreciate it.

            Apologies again,
            Declan
        """),
    ),
    msg(
        id="own_castellan_accept", kind=K, lang="en", frm=DECLAN_ASCII,
        to=("Gareth Molloy", "gareth.molloy@castellan.example.ie"),
        parent="castellan_offer_letter", quote="en",
        subj="RE: Great news - Catering Operations Lead - offer letter",
        date="2026-04-07 08:22 +0100", cte="qp",
        text=t("""
            Hi Gareth,

            Thanks for sending the letter through. I'm delighted to accept the offer of
            Catering Operations Lead (Fixed Term) and I'm looking forward to starting on
            20 April.

            Please send the contract whenever it's ready.

            Best,
            Declan
        """),
    ),
    msg(
        id="own_meridale_counter", kind=K, lang="en", frm=CANDIDATE, to=SINEAD,
        hdr=("iso-8859-1", "q"), parent="meridale_airport_offer", quote="en",
        subj="Re: Offer of employment - Operations Manager, Meridale Dublin Airport",
        date="2026-09-11 09:05 +0100", cte="qp",
        text=t("""
            Hi Sinéad,

            Thank you so much for the offer - I'm genuinely excited about the Dublin Airport
            role.

            In the interest of being transparent, I'm also in the final stages with the
            Meridale teams in Vienna and Palma. Before I decide, would there be any
            flexibility on the base salary and on relocation support? I'd be moving from
            Cork, and the package in Vienna is currently higher.

            Happy to discuss by phone any time.

            Best regards,
            Declan
        """),
    ),
    msg(
        id="own_dublin_decline", kind=K, lang="en", frm=CANDIDATE, to=SINEAD,
        hdr=("utf-8", "q"), parent="meridale_airport_revised", quote="en",
        subj="Re: Offer of employment - Operations Manager, Meridale Dublin Airport",
        date="2026-10-01 17:48 +0100", cte="qp",
        text=t("""
            Hi Sinéad,

            Thank you for the revised offer and for your support over the whole year. After a
            lot of thought I've decided to accept the Director of F&B position in Vienna, so
            I must respectfully decline the Dublin Airport role.

            I hope our paths cross again within the group - and thank you for keeping my name
            in mind after the Docklands process.

            Warm regards,
            Declan
        """),
    ),
    msg(
        id="own_kesslerpohl_application", kind=K, lang="de", frm=CANDIDATE,
        to=("Mag. Verena Pohl", "v.pohl@kesslerpohl.example.at"),
        hdr=("iso-8859-1", "q"),
        subj="Bewerbung Declan Ó Briain-Whitfield - F&B / Hotelbetrieb",
        date="2026-03-20 19:02 +0000", cs="iso-8859-1", cte="qp",
        text=t("""
            Sehr geehrte Frau Mag. Pohl,

            über Ihre Website bin ich auf Kessler & Pohl aufmerksam geworden. Ich bin seit
            sechs Jahren Küchenchef in Cork und möchte mich in Richtung Hotelbetrieb und Food
            & Beverage Management weiterentwickeln, gerne in Wien.

            Meine Deutschkenntnisse entsprechen etwa dem Niveau B2; ich arbeite daran, sie
            weiter zu verbessern. Meinen Lebenslauf finden Sie im Anhang.

            Über eine Rückmeldung würde ich mich sehr freuen.

            Mit freundlichen Grüßen
            Declan Ó Briain-Whitfield
        """),
        att=[("Lebenslauf_Declan_Whitfield.pdf", [
            "Declan O Briain-Whitfield - Lebenslauf",
            "Kuechenchef, The Mardyke Kitchen, Cork (2020-2026)",
            "Sous-Chef, Hotels in Dublin (2015-2020)",
            "Sprachen: Englisch, Irisch, Deutsch (B2), Franzoesisch, Spanisch",
        ])],
    ),
    msg(
        id="own_wien_zusage", kind=K, lang="de", frm=CANDIDATE,
        to=("Katharina Gruber", "katharina.gruber@meridalehotels.example.com"),
        hdr=("utf-8", "q"), parent="meridale_wien_offer", quote="de",
        subj="Zusage - Director of Food & Beverage",
        date="2026-09-26 11:30 +0100", cte="qp",
        text=t("""
            Sehr geehrte Frau Gruber,

            vielen Dank für Ihr Angebot und die Geduld in den letzten Tagen. Ich freue mich
            sehr, Ihnen mitteilen zu können, dass ich die Position als Director of Food &
            Beverage im Meridale Wien Ringstraße gerne annehme.

            Als Eintrittsdatum würde mir der 16. November 2026 gut passen. Bitte lassen Sie
            mich wissen, welche Unterlagen Sie noch von mir benötigen.

            Mit freundlichen Grüßen
            Declan Ó Briain-Whitfield
        """),
    ),
    msg(
        id="own_castellan_fr_decline", kind=K, lang="fr", frm=CANDIDATE,
        to=("Élodie Marchand", "elodie.marchand@castellan-restauration.example.fr"),
        hdr=("utf-8", "b"), parent="castellan_fr_offer", quote="fr",
        subj="Re: Proposition d'embauche - Gérant de site Bordeaux Mérignac",
        date="2026-03-31 09:12 +0100", cte="qp",
        text=t("""
            Bonjour Élodie,

            Je vous remercie sincèrement pour cette proposition et pour la qualité de nos
            échanges avec Laurent.

            Après mûre réflexion, j'ai décidé de rester en Irlande pour le moment, pour des
            raisons familiales. Je dois donc décliner votre offre, avec regret.

            J'espère avoir l'occasion de retravailler avec Castellan à l'avenir.

            Bien cordialement,
            Declan Ó Briain-Whitfield
        """),
    ),
    msg(
        id="own_maisontalent_apology", kind=K, lang="fr", frm=DECLAN_ASCII,
        to=("Camille Dufresne", "camille.dufresne@maisontalent.example.fr"),
        parent="maisontalent_missed", quote="fr",
        subj="Re: Entretien Hôtel des Quais - Mme Peyrelongue n'a pas pu vous joindre",
        date="2026-04-16 12:30 +0100", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Bonjour Camille,

            Je suis vraiment désolé : j'avais noté l'entretien à 11h heure irlandaise, soit
            midi à Bordeaux. C'est entièrement ma faute.

            Je suis disponible quand Mme Peyrelongue le souhaite, n'importe quel jour de la
            semaine prochaine. Merci de lui transmettre toutes mes excuses.

            Bien cordialement,
            Declan Whitfield
        """),
    ),
    msg(
        id="own_palma_decline", kind=K, lang="es", frm=DECLAN_ASCII,
        to=("Lucía Ferrer", "lucia.ferrer@meridalehotels.example.com"),
        parent="meridale_palma_contract", quote="es", hdr=("iso-8859-1", "q"),
        subj="RE: Oferta de empleo - contrato para firma",
        date="2026-10-01 18:05 +0100", cte="qp",
        text=t("""
            Hola Lucía:

            Muchísimas gracias por la oferta, por el contrato y por todo el tiempo que me
            habéis dedicado Andreu y tú.

            Al final he aceptado un puesto en Meridale Wien, así que tengo que rechazar la
            oferta de Palma Bay. Ha sido una decisión muy difícil; el equipo y el hotel me
            encantaron.

            Espero que coincidamos en algún proyecto del grupo.

            Un abrazo,
            Declan
        """),
    ),
]

BULK = [
    msg(
        id="catererjobs_digest", kind=K, lang="en",
        frm=("CatererJobs Weekly", "alerts@catererjobs.example.co.uk"),
        subj="Your weekly digest: 23 new F&B manager jobs + how to bounce back from rejection",
        date="2026-02-04 07:00 +0000", cte="qp",
        headers=bulk("CatererJobs Weekly <weekly.catererjobs.example.co.uk>",
                     "https://catererjobs.example.co.uk/unsubscribe?u=88312"),
        text=t("""
            CATERERJOBS WEEKLY - 4 February 2026

            Hi Declan, here are this week's jobs matching "F&B Manager" near Cork & Dublin.

            * Food & Beverage Manager - 4* hotel, Killarney - EUR 50-55k
            * Catering Manager - hospital contract, Cork - EUR 45k
            * Events Operations Manager - conference centre, Dublin 1 - EUR 58k
            * ... and 20 more

            CAREER CORNER
            Unfortunately, rejection is part of every job search. Our columnist explains how
            to ask for interview feedback and why a "no" after a final interview is often a
            "not yet".

            INTERVIEW TIPS
            Five questions every hotel GM asks in an F&B interview - and how to answer them.

            You are receiving this e-mail because you subscribed to job alerts on
            CatererJobs. Unsubscribe or change your alert settings at any time.
        """),
    ),
    msg(
        id="hospitality_careers_newsletter", kind=K, lang="en",
        frm=("Hospitality Careers Ireland", "newsletter@hospitalitycareers.example.ie"),
        subj="March newsletter: interview season, salary survey and a chef's career change",
        date="2026-03-25 10:00 +0000", cte="b64",
        headers=bulk("Hospitality Careers Ireland <news.hospitalitycareers.example.ie>",
                     "mailto:unsubscribe@hospitalitycareers.example.ie"),
        html=shell("Hospitality Careers Ireland", [
            "<b>Interview season is here.</b> Hotels are hiring for summer now: our guide to"
            " preparing for a panel interview, a trial shift or an assessment centre.",
            "<b>Salary survey 2026.</b> F&amp;B managers in Dublin report a 6% rise; Cork and"
            " Limerick close behind.",
            "<b>From the pass to the P&amp;L.</b> A former head chef on making the jump into"
            " operations: \"I had fourteen rejections before my first offer. Unfortunately"
            " nobody tells you that it's normal.\"",
            "<b>Events.</b> Hospitality Ops Summit, Dublin, 3 September - early bird tickets"
            " available.",
        ], footer="You are receiving this newsletter because you signed up at"
                  " hospitalitycareers.example.ie. <a href=\"https://hospitalitycareers"
                  ".example.ie/unsubscribe\">Unsubscribe</a>.", colour="#005f73"),
    ),
    msg(
        id="proflink_alerts", kind=K, lang="en",
        frm=("Proflink Job Alerts", "jobalerts-noreply@proflink.example.com"),
        subj="12 new jobs for \"Food and Beverage Manager\" in Dublin",
        date="2026-05-04 06:12 +0100", cte="qp",
        headers=bulk("Proflink job alerts <alerts.proflink.example.com>",
                     "https://www.proflink.example.com/jobs/alerts/unsubscribe/5501"),
        text=t("""
            Your job alert for Food and Beverage Manager in Dublin, Ireland

            Food and Beverage Manager
            Liffey Quarter Hotels - Dublin 2 - Actively recruiting
            Apply with your Proflink profile

            F&B Operations Manager
            Meridale Hotels & Resorts - Dublin Airport - 2 days ago
            Be an early applicant

            Catering Manager - Corporate Campus
            Castellan Catering - Sandyford, Dublin - 1 week ago

            See all 12 jobs

            You're receiving job alert emails. Manage alerts or unsubscribe.
            Proflink, Dublin 4, Ireland
        """),
    ),
    msg(
        id="rotarunner_weekly", kind=K, lang="en",
        frm=("Rota Runner", "news@rotarunner.example.com"),
        subj="Hot shifts this week near Cork - and our new Interview Ready badge",
        date="2026-07-14 08:00 +0100", cte="qp",
        headers=bulk("Rota Runner news <news.rotarunner.example.com>",
                     "https://app.rotarunner.example.com/settings/email"),
        html=shell("Rota Runner", [
            "Hi Declan, here's what's hot this week:",
            "<b>Bar supervisor</b> - Cork Jazz Weekend preview event, Sat 18 July, EUR 17/h<br>"
            "<b>Banqueting server</b> - hotel wedding, Kinsale, Sun 19 July, EUR 14.50/h<br>"
            "<b>Catering assistant</b> - music festival, Mallow, 24-26 July, EUR 15/h",
            "<b>New: Interview Ready badge.</b> Record a one-minute intro video and venues"
            " can skip the phone interview. Members with the badge get 30% more shift offers.",
        ], footer="You're receiving this because you have a Rota Runner account. Change your"
                  " email preferences.", colour="#ff5a36"),
    ),
    msg(
        id="gastrojobs_jobletter", kind=K, lang="de",
        frm=("Gastrojobs.at Jobletter", "jobletter@gastrojobs.example.at"),
        subj="Ihr Jobletter: 9 neue Stellen für F&B Manager in Wien",
        date="2026-04-14 06:30 +0200", cte="qp", hdr=("utf-8", "q"),
        headers=bulk("Gastrojobs Jobletter <jobletter.gastrojobs.example.at>",
                     "https://www.gastrojobs.example.at/jobletter/abmelden?id=4471"),
        text=t("""
            Guten Morgen!

            Passend zu Ihrem Suchauftrag "F&B Manager, Wien" haben wir 9 neue Stellen:

            - Food & Beverage Manager (m/w/d), 5* Hotel Innere Stadt - ab EUR 3.800 brutto
            - Restaurantleitung, Hotel am Naschmarkt - ab EUR 3.200 brutto
            - Betriebsleitung Catering, Wien-Simmering - ab EUR 3.500 brutto

            Tipp der Woche: Absage erhalten? So nutzen Sie das Feedback aus dem
            Vorstellungsgespräch für Ihre nächste Bewerbung. Leider bitten nur wenige
            Bewerber aktiv um Rückmeldung - dabei lohnt es sich.

            Sie erhalten diesen Jobletter, weil Sie ihn auf gastrojobs.example.at abonniert
            haben. Abmelden: siehe Link in der Kopfzeile.
        """),
    ),
    msg(
        id="kesslerpohl_newsletter", kind=K, lang="de",
        frm=("Kessler & Pohl Personalberatung", "newsletter@kesslerpohl.example.at"),
        subj="Arbeitsmarkt Hotellerie & Gastronomie - Quartalsbericht Q3/2026",
        date="2026-08-20 09:00 +0200", cte="b64",
        headers=bulk("K&P Quartalsbericht <quartal.kesslerpohl.example.at>",
                     "mailto:abmelden@kesslerpohl.example.at"),
        html=shell("Kessler & Pohl Personalberatung", [
            "Sehr geehrte Damen und Herren,",
            "der Fachkräftemangel in der österreichischen Hotellerie hält an: 68 % der"
            " befragten Betriebe besetzen Führungspositionen im F&amp;B-Bereich erst nach mehr"
            " als drei Monaten.",
            "Unsere Empfehlung für Kandidatinnen und Kandidaten: Bereiten Sie sich auf"
            " strukturierte Interviews und Probetage vor - und nehmen Sie eine Absage nicht"
            " persönlich.",
            "Den vollständigen Bericht finden Sie auf unserer Website.",
            "Mit freundlichen Grüßen<br>Ihr Team von Kessler &amp; Pohl",
        ], footer="Sie erhalten diesen Newsletter aufgrund Ihrer Registrierung."
                  " Abmeldung jederzeit möglich.", colour="#2f3e46", lang="de"),
    ),
    msg(
        id="hotelemploi_alert", kind=K, lang="fr",
        frm=("HotelEmploi Hebdo", "alertes@hotelemploi.example.fr"),
        subj="Vos nouvelles offres : Responsable restauration - Bordeaux (7)",
        date="2026-06-02 07:15 +0200", cte="qp", hdr=("utf-8", "q"),
        headers=bulk("HotelEmploi alertes <alertes.hotelemploi.example.fr>",
                     "https://www.hotelemploi.example.fr/alertes/desinscription?k=19a7"),
        text=t("""
            Bonjour Declan,

            7 nouvelles offres correspondent à votre alerte « Responsable restauration -
            Bordeaux » :

            - Directeur F&B (H/F) - hôtel 4*, Bordeaux centre - CDI
            - Responsable de salle (H/F) - brasserie, Chartrons - CDI
            - Gérant de restaurant d'entreprise (H/F) - Mérignac - CDI

            Le conseil de la semaine : un refus après un entretien n'est pas un échec.
            Malheureusement, peu de candidats demandent un retour ; pourtant, il vous aidera
            à préparer votre prochain entretien.

            Vous recevez cet e-mail car vous avez créé une alerte sur HotelEmploi.
            Se désinscrire
        """),
    ),
    msg(
        id="maisontalent_newsletter", kind=K, lang="fr",
        frm=("Maison Talent Hôtellerie", "newsletter@maisontalent.example.fr"),
        subj="La lettre Maison Talent - tendances du recrutement en hôtellerie",
        date="2026-09-15 08:30 +0200", cte="qp", hdr=("iso-8859-1", "q"),
        headers=bulk("La lettre Maison Talent <lettre.maisontalent.example.fr>",
                     "https://www.maisontalent.example.fr/lettre/desabonnement"),
        html=shell("Maison Talent Hôtellerie", [
            "<b>Recrutement : la rentrée s'annonce dynamique.</b> Les groupes hôteliers"
            " bordelais recrutent pour la saison des vendanges et des congrès.",
            "<b>Entretien : trois erreurs à éviter.</b> Arriver en retard, ne pas connaître"
            " l'établissement, et ne pas préparer de questions.",
            "<b>Témoignage.</b> « Après un refus, j'ai demandé un retour détaillé : c'est ce"
            " qui m'a permis de décrocher le poste suivant. »",
        ], footer="Pour ne plus recevoir cette lettre, cliquez ici.", colour="#6d2e46",
            lang="fr"),
    ),
    msg(
        id="hosteleria_alertas", kind=K, lang="es",
        frm=("HosteleríaTalento", "alertas@hosteleriatalento.example.es"),
        subj="Nuevas ofertas para ti: Jefe de Alimentos y Bebidas en Palma",
        date="2026-07-07 07:45 +0200", cte="qp", hdr=("utf-8", "b"),
        headers=bulk("Alertas HosteleriaTalento <alertas.hosteleriatalento.example.es>",
                     "https://www.hosteleriatalento.example.es/alertas/baja?id=7720"),
        html=shell("HosteleríaTalento", [
            "Hola Declan, estas son las nuevas ofertas que encajan con tu búsqueda:",
            "<b>Jefe/a de Alimentos y Bebidas</b> - Hotel 5*, Palma - Indefinido<br>"
            "<b>F&amp;B Manager</b> - Resort, Alcúdia - Temporada<br>"
            "<b>Responsable de Restauración</b> - Catering hospitalario, Palma - Indefinido",
            "<b>Consejo:</b> ¿te han rechazado tras una entrevista? Por desgracia es habitual."
            " Pide siempre feedback y prepara tu próxima entrevista con nuestra guía.",
        ], footer="Recibes este correo porque creaste una alerta de empleo. Darse de baja.",
            colour="#c1440e", lang="es"),
    ),
]

TRAPS_EN = [
    msg(
        id="podcast_interview", kind=K, lang="en",
        frm=("Fiadh Moran", "fiadh@thepasspodcast.example.ie"),
        subj="Interview request - The Pass podcast",
        date="2026-04-22 14:03 +0100", cte="qp",
        text=t("""
            Hi Declan,

            I produce The Pass, a podcast about life behind the kitchen door in Irish
            restaurants. A mutual friend, Tadhg at the English Market, mentioned you're
            moving from the kitchen into hospitality operations and we'd love to interview
            you for an episode on chefs changing careers.

            Recording would take about an hour at our studio on Washington Street, or
            remotely. We're recording the series in May. Would you be up for it?

            Cheers,
            Fiadh Moran
            Producer, The Pass
        """),
    ),
    msg(
        id="radio_interview", kind=K, lang="en",
        frm=("Lee FM Drivetime", "drivetime@leefm.example.ie"),
        reply_to=("Shane Kiely", "shane.kiely@leefm.example.ie"),
        subj="Radio interview Thursday - restaurant staffing crisis",
        date="2026-05-26 11:40 +0100", cte="7bit",
        text=t("""
            Hi Declan,

            Shane from Lee FM Drivetime here. We're doing a segment on Thursday about the
            staff shortage in Cork restaurants and I'd love to have a chef on for a short live
            interview - about 6 minutes, by phone, around 17:20.

            Could you give me a ring on 021 455 0190 or reply with your number?

            Thanks a million,
            Shane Kiely
            Producer, Drivetime, Lee FM
        """),
    ),
    msg(
        id="ux_research", kind=K, lang="en",
        frm=("Maeve from Rota Runner Research", "maeve.research@rotarunner.example.com"),
        subj="Could we interview you about the app? (EUR 40 voucher)",
        date="2026-07-02 13:30 +0100", cte="qp",
        text=t("""
            Hi Declan,

            I'm Maeve, a user researcher at Rota Runner. We're talking to experienced
            hospitality workers about how they find and book shifts, and I'd love to
            interview you for 30 minutes on a video call next week.

            This isn't a job interview - there are no right answers! We just want to hear
            how you use the app. As a thank-you you'll get a EUR 40 One4all voucher.

            You can pick a slot here: https://calendly.example.com/rotarunner-research

            Thanks,
            Maeve Hurley
            User Research, Rota Runner
        """),
    ),
    msg(
        id="parcel_delayed", kind=K, lang="en",
        frm=("ShipSwift Ireland", "no-reply@shipswift.example.ie"),
        subj="Unfortunately your parcel is delayed",
        date="2026-02-11 15:22 +0000", cte="qp",
        html=shell("ShipSwift", [
            "Hi Declan,",
            "Unfortunately your parcel <b>SS4471092IE</b> from Knife Works Sheffield is"
            " delayed due to severe weather affecting our Dublin hub.",
            "New estimated delivery: <b>Friday 13 February</b>. You don't need to do"
            " anything; we'll let you know when it's out for delivery.",
            "<a href=\"https://track.shipswift.example.ie/SS4471092IE\">Track your parcel</a>",
        ], footer="Please do not reply to this email.", colour="#5c2d91"),
    ),
    msg(
        id="bank_position", kind=K, lang="en",
        frm=("Lee Credit Union", "notifications@leecu.example.ie"),
        subj="Your account position at 31 March 2026",
        date="2026-03-31 23:05 +0100", cte="qp",
        text=t("""
            Dear Member,

            Your quarterly statement is now available in online banking.

            Account position at 31 March 2026:
            Share account: EUR 8,412.55
            Loan account: EUR -3,210.00

            To view your full statement, log in to online banking. We will never ask for
            your PIN or password by e-mail.

            Lee Credit Union Limited, Cork
        """),
    ),
    msg(
        id="gps_position", kind=K, lang="en",
        frm=("TrailTrack", "alerts@trailtrack.example.com"),
        subj="Live position update from Declan's TrailTrack device",
        date="2026-06-28 16:45 +0100", cte="qp",
        text=t("""
            Your TrailTrack device "Declan - bike" sent a position update.

            Position: 51.8985 N, 8.4756 W (near Cork City Marina)
            Speed: 0 km/h - stationary for 2 h 05 min
            Battery: 18%

            View the track: https://trailtrack.example.com/live/d8a21

            You're receiving this because position alerts are switched on for this device.
        """),
    ),
    msg(
        id="landlord_viewing", kind=K, lang="en",
        frm=("Grainne Tobin", "grainne.tobin@dublinlets.example.ie"),
        subj="Viewing - 2-bed apartment, Dolphin's Barn, Dublin 8",
        date="2026-04-23 10:17 +0100", cte="qp",
        text=t("""
            Hi Declan,

            Thanks for your enquiry about the 2-bed apartment at Rehoboam Court, Dublin 8.
            We're holding a viewing this Saturday, 25 April, between 11:00 and 11:30. Please
            bring photo ID and a reference from your current landlord.

            Unfortunately we can't offer individual viewings due to the volume of interest.

            Kind regards,
            Gráinne Tobin
            Letting Agent, DublinLets
        """),
    ),
    msg(
        id="dentist_reminder", kind=K, lang="en",
        frm=("Washington Street Dental", "noreply@wsdental.example.ie"),
        subj="Appointment reminder: Tuesday 3 March at 8:40",
        date="2026-02-25 09:00 +0000", cte="7bit",
        text=t("""
            Hi Declan,

            This is a reminder of your appointment with Dr. Hayes on Tuesday 3 March at
            8:40 (check-up and clean).

            If you need to reschedule or cancel, please call us on 021 427 1188 at least 24
            hours in advance. Missed appointments may be charged.

            Washington Street Dental, Cork
        """),
    ),
    msg(
        id="friend_rejection", kind=K, lang="en",
        frm=("Aoife Lynch", "aoife.lynch88@mailbox.example.ie"),
        subj="ugh",
        date="2026-03-28 22:14 +0000", cte="8bit",
        text=t("""
            Dec,

            Got the rejection from the Gleneagles sous chef job this morning. "Unfortunately
            we have decided to proceed with other candidates" - after two trial shifts and an
            interview with the exec chef! Gutted.

            Pints on Sunday? I need to moan at someone. And I want to hear how your
            assessment day with the catering crowd went.

            A x
        """),
    ),
    msg(
        id="friend_forward_invite", kind=K, lang="en",
        frm=("Ciarán Lynch", "ciaran.lynch@mailbox.example.ie"), hdr=("utf-8", "b"),
        subj="Fwd: Interview invitation - Head Chef, Holloway House Hotel",
        date="2026-06-19 19:26 +0100", cte="qp",
        text=t("""
            Dec - look what landed in my inbox! Holloway House want me for an interview for
            the head chef job. Any tips? You've done about fifty of these this year.

            Original attached.

            C
        """),
        fwd=msg(
            frm=("Rachel Gibney", "rachel.gibney@hollowayhouse.example.ie"),
            to=("Ciarán Lynch", "ciaran.lynch@mailbox.example.ie"), hdr=("utf-8", "q"),
            subj="Interview invitation - Head Chef, Holloway House Hotel",
            date="2026-06-19 11:02 +0100", cte="qp",
            text=t("""
                Dear Ciarán,

                Thank you for applying for the Head Chef position at Holloway House Hotel.
                We would like to invite you to an interview and cook-off on Tuesday 30 June
                at 10:00 at the hotel in Blackrock.

                Please confirm your attendance by reply.

                Kind regards,
                Rachel Gibney
                HR Manager, Holloway House Hotel
            """),
        ),
    ),
    msg(
        id="course_refused", kind=K, lang="en",
        frm=("Cork Wine Academy", "notifications@corkwineacademy.example.ie"),
        reply_to=("Cork Wine Academy", "noreply@corkwineacademy.example.ie"),
        subj="WSET Level 3 Award in Wines - February intake",
        date="2026-01-22 12:00 +0000", cte="qp",
        text=t("""
            Dear Declan,

            Thank you for applying for the WSET Level 3 Award in Wines (February intake).

            Unfortunately the course is now fully booked and we are unable to offer you a
            place. Your application has been placed on the waiting list, and you will be
            offered a place automatically on our May intake unless you tell us otherwise.

            Kind regards,
            Course Administration, Cork Wine Academy
        """),
    ),
    msg(
        id="headhunter_cold", kind=K, lang="en",
        frm=("Rupert Ashdown", "rupert.ashdown@ashdownsearch.example.co.uk"),
        subj="F&B leadership - open to a conversation?",
        date="2026-05-06 08:14 +0100", cte="qp",
        text=t("""
            Dear Declan,

            I lead the hospitality practice at Ashdown Search in London. Your profile came up
            in our research on chefs who have moved into operations, and I'd be interested to
            hear how you see the next few years.

            I don't have a specific mandate to discuss right now, but we regularly work with
            luxury hotel groups in the UK and Ireland on Director of F&B appointments. If you
            would be open to an informal exchange at some point, do let me know.

            With best regards,
            Rupert Ashdown
            Partner, Hospitality & Leisure
            Ashdown Search, 12 Hanover Square, London W1S 1JB
        """),
    ),
    msg(
        id="brigade_ooo", kind=K, lang="en",
        frm=("Niamh Costigan", "niamh.costigan@brigade-hospitality.example.ie"),
        subj="Automatic reply: CV - Declan Whitfield - F&B / Operations roles",
        date="2026-01-13 21:41 +0000", cte="7bit", parent="own_brigade_application",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text=t("""
            Thank you for your email. I am out of the office until Thursday 15 January with
            limited access to email. I will reply as soon as possible on my return.

            For urgent matters please contact Ciara Daly on ciara.daly@brigade-hospitality
            .example.ie or call the office on 021 490 7700.

            Niamh Costigan
            Brigade Hospitality Recruitment
        """),
    ),
    msg(
        id="greenhouse_survey", kind=K, lang="en",
        frm=("Castellan Catering", "no-reply@greenhouse-mail.io"),
        subj="How was your interview experience with Castellan Catering?",
        date="2026-04-02 10:00 +0100", cte="qp",
        html=shell("Castellan Catering", [
            "Hi Declan,",
            "You recently took part in our assessment day. We'd love to hear how it went -"
            " what worked well, and what we could do better for candidates.",
            "The survey takes about 2 minutes and is completely anonymous. Your answers will"
            " not affect your application in any way.",
            "<a href=\"https://survey.greenhouse.example/castellan/cx\">Take the survey</a>",
            "Thanks,<br>The Castellan Talent Team",
        ], footer="Powered by Greenhouse", colour="#7a1f2b"),
    ),
]

TRAPS_DE = [
    msg(
        id="wien_besichtigung", kind=K, lang="de",
        frm=("Florian Aigner", "f.aigner@wohnen-wien.example.at"),
        subj="Besichtigungstermin Wohnung 1070 Wien, Kaiserstraße",
        date="2026-09-25 13:20 +0200", cte="qp",
        text=t("""
            Sehr geehrter Herr Whitfield,

            vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Kaiserstraße, 1070 Wien.
            Gerne bestätige ich Ihnen den Besichtigungstermin per Videorundgang am Montag,
            28. September, um 17:30 Uhr.

            Leider kann ich die Wohnung nur bis Ende nächster Woche für Sie reservieren.

            Mit freundlichen Grüßen
            Florian Aigner
            Immobilienmakler, Wohnen Wien
        """),
    ),
    msg(
        id="wifi_kurs", kind=K, lang="de",
        frm=("WIFI Kursverwaltung", "noreply@kursanmeldung.example.at"),
        subj="Ihre Anmeldung: Deutsch für den Beruf B2/C1 - Warteliste",
        date="2026-06-11 08:05 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Sehr geehrter Herr Whitfield,

            vielen Dank für Ihre Anmeldung zum Kurs "Deutsch für den Beruf B2/C1 - Hotellerie
            und Gastronomie" (Online, Start 7. September 2026).

            Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz
            anbieten. Sie wurden auf die Warteliste gesetzt (Platz 4).

            Freundliche Grüße
            Ihre Kursverwaltung
        """),
    ),
    msg(
        id="sendung_verzoegert", kind=K, lang="de",
        frm=("Paketblitz Österreich", "noreply@paketblitz.example.at"),
        subj="Ihre Sendung verzögert sich leider",
        date="2026-09-30 18:44 +0200", cte="b64", hdr=("utf-8", "b"),
        html=shell("Paketblitz", [
            "Guten Tag,",
            "leider verzögert sich die Zustellung Ihrer Sendung <b>PB 0044 7812 9</b> (Absender:"
            " Umzugskartons24) um voraussichtlich zwei Werktage.",
            "Neuer voraussichtlicher Zustelltermin: <b>Freitag, 2. Oktober</b>.",
            "Wir entschuldigen uns für die Unannehmlichkeiten.",
        ], footer="Bitte antworten Sie nicht auf diese E-Mail.", colour="#ffcc00",
            lang="de"),
    ),
    msg(
        id="gastrojournal_interview", kind=K, lang="de",
        frm=("Miriam Haas", "m.haas@gastrojournal.example.at"),
        subj="Interviewanfrage Gastro Journal: Vom Herd ins Management",
        date="2026-10-05 10:12 +0200", cte="qp",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            ich bin Redakteurin beim Gastro Journal und arbeite an einer Serie über Köchinnen
            und Köche, die ins Hotelmanagement wechseln. Ich habe erfahren, dass Sie ab
            November im Meridale Wien Ringstraße beginnen.

            Hätten Sie Lust auf ein kurzes Interview (ca. 30 Minuten, gerne auf Englisch)
            für unsere Dezember-Ausgabe? Ein Fotoshooting wäre optional.

            Mit besten Grüßen
            Miriam Haas
            Redaktion Gastro Journal, Wien
        """),
    ),
]

TRAPS_FR = [
    msg(
        id="colis_retard", kind=K, lang="fr",
        frm=("Colirapide", "ne-pas-repondre@colirapide.example.fr"),
        reply_to=("Colirapide", "noreply@colirapide.example.fr"),
        subj="Malheureusement, votre colis a du retard",
        date="2026-05-18 09:41 +0200", cte="qp",
        text=t("""
            Bonjour,

            Malheureusement, votre colis n° CR-88120455 en provenance de Irlande a pris du
            retard lors de son passage en douane.

            Nouvelle date de livraison estimée : mercredi 20 mai.

            Nous vous prions de nous excuser pour ce désagrément.
            Le service clients Colirapide
        """),
    ),
    msg(
        id="formation_refusee", kind=K, lang="fr",
        frm=("Institut Gastronomique d'Aquitaine", "ne-pas-repondre@iga-bordeaux.example.fr"),
        reply_to=("Service des admissions", "noreply@iga-bordeaux.example.fr"),
        subj="Votre candidature au Bachelor Management Hôtelier - décision",
        date="2026-06-05 14:00 +0200", cte="qp", hdr=("utf-8", "q"),
        text=t("""
            Monsieur,

            Nous avons bien étudié votre dossier de candidature au Bachelor Management
            Hôtelier (formation continue, rentrée de septembre 2026).

            Nous avons le regret de vous informer que votre candidature n'a pas été retenue :
            le nombre de places étant limité à 24, nous n'avons pas pu donner une suite
            favorable à toutes les demandes. Vous pouvez déposer une nouvelle candidature pour
            la session de février 2027.

            Le service des admissions
            Institut Gastronomique d'Aquitaine
        """),
    ),
    msg(
        id="visite_appartement", kind=K, lang="fr",
        frm=("Nathalie Berthou", "n.berthou@immo-chartrons.example.fr"),
        subj="Visite T2 rue Notre-Dame - samedi",
        date="2026-03-04 18:30 +0100", cte="8bit",
        text=t("""
            Bonjour Monsieur,

            Suite à votre demande, je vous confirme la visite (en visio) de l'appartement T2
            rue Notre-Dame, quartier des Chartrons, samedi 7 mars à 10h30.

            Merci de préparer votre dossier locataire (pièce d'identité, trois derniers
            bulletins de salaire, avis d'imposition).

            Cordialement,
            Nathalie Berthou
            Immo Chartrons
        """),
    ),
    msg(
        id="radio_garonne", kind=K, lang="fr",
        frm=("Radio Garonne", "redaction@radiogaronne.example.fr"),
        reply_to=("Inès Fabre", "ines.fabre@radiogaronne.example.fr"),
        subj="Demande d'interview - chronique « Ils ont choisi Bordeaux »",
        date="2026-03-19 11:55 +0100", cte="qp", hdr=("utf-8", "b"),
        text=t("""
            Bonjour Declan,

            Je suis journaliste à Radio Garonne. Pour notre chronique « Ils ont choisi
            Bordeaux », nous interviewons des professionnels étrangers de la restauration qui
            envisagent de s'installer dans la région. Une amie commune m'a parlé de vous.

            Seriez-vous d'accord pour une interview de 10 minutes par téléphone, enregistrée
            la semaine prochaine ?

            Bien à vous,
            Inès Fabre
            Radio Garonne
        """),
    ),
    msg(
        id="ami_refus", kind=K, lang="fr",
        frm=("Mathieu Caradec", "mathieu.caradec@courriel.example.fr"),
        subj="Re: des nouvelles ?",
        date="2026-05-09 21:17 +0200", cte="qp",
        text=t("""
            Salut Declan,

            Merci pour ton message ! De mon côté, pas terrible : j'ai reçu un refus du Grand
            Hôtel de Biarritz hier, après trois entretiens. « Nous avons retenu un candidat
            dont le profil correspond davantage... », tu connais la chanson.

            Du coup je reste à Nantes pour l'été. Et toi, ça avance pour Bordeaux ?

            Amitiés,
            Mathieu
        """),
    ),
]

TRAPS_ES = [
    msg(
        id="amigo_reenvio", kind=K, lang="es",
        frm=("Pau Vicens", "pau.vicens@correo.example.es"),
        subj="RV: Convocatoria entrevista - Sous Chef",
        date="2026-07-16 22:03 +0200", cte="8bit",
        text=t("""
            ¡Hola Declan!

            Mira lo que me ha llegado. Me acuerdo de que me dijiste que el Hotel Es Molí
            era buena casa. ¿Algún consejo para la prueba de cocina?

            Abrazos,
            Pau

            ---------- Mensaje reenviado ---------
            De: Selección Hotel Es Molí <seleccion@esmoli.example.es>
            Fecha: jue, 16 jul 2026 a las 12:40
            Asunto: Convocatoria entrevista - Sous Chef
            Para: Pau Vicens <pau.vicens@correo.example.es>

            Estimado Pau:

            Nos complace convocarle a una entrevista y prueba de cocina para el puesto de
            Sous Chef el martes 21 de julio a las 10:00 en el hotel (Deià).

            Un saludo,
            Departamento de Selección
        """),
    ),
    msg(
        id="cita_medica", kind=K, lang="es",
        frm=("Clínica Son Espases Salud", "citas-noreply@sonespases-salud.example.es"),
        subj="Cambio de su cita médica",
        date="2026-08-03 09:15 +0200", cte="qp", hdr=("utf-8", "q"),
        text=t("""
            Estimado/a paciente:

            Le informamos de que su cita de Medicina General prevista para el 5 de agosto a
            las 10:20 ha sido reprogramada para el jueves 6 de agosto a las 12:00, por
            ausencia del facultativo.

            Si no puede acudir, puede cancelar su cita llamando al 971 10 20 30.

            Clínica Son Espases Salud
        """),
    ),
    msg(
        id="visita_piso", kind=K, lang="es",
        frm=("Tomeu Ferrà", "tomeu@inmosantacatalina.example.es"),
        subj="Visita al piso de Santa Catalina",
        date="2026-08-04 17:02 +0200", cs="iso-8859-1", cte="8bit", hdr=("iso-8859-1", "b"),
        text=t("""
            Hola Declan:

            Te confirmo la visita del piso de la calle Fàbrica (Santa Catalina, 2 habitaciones)
            el viernes 7 de agosto a las 19:00. Como estás en Irlanda, te hago una
            videollamada desde el piso.

            Lamentablemente el propietario no acepta mascotas.

            Saludos,
            Tomeu Ferrà
            Inmobiliaria Santa Catalina
        """),
    ),
    msg(
        id="banco_posicion", kind=K, lang="es",
        frm=("Banca Illa", "avisos@bancailla.example.es"),
        reply_to=("Banca Illa", "no-reply@bancailla.example.es"),
        subj="Su posición global a 30 de septiembre",
        date="2026-09-30 21:00 +0200", cte="b64", hdr=("utf-8", "q"),
        html=shell("Banca Illa", [
            "Estimado cliente:",
            "Ya tiene disponible en su banca digital el informe de <b>posición global</b> de"
            " sus productos a 30 de septiembre de 2026.",
            "Cuenta Nómina: 1.204,33 €<br>Cuenta Ahorro: 3.950,00 €",
            "Por su seguridad, nunca le pediremos sus claves por correo electrónico.",
        ], footer="Este mensaje se ha enviado de forma automática.", colour="#003b5c",
            lang="es"),
    ),
    msg(
        id="paquete_retraso", kind=K, lang="es",
        frm=("EnvíoExprés", "notificaciones@envioexpres.example.es"),
        subj="Lamentablemente tu pedido llegará con retraso",
        date="2026-08-21 12:30 +0200", cte="qp", hdr=("utf-8", "b"),
        text=t("""
            Hola Declan:

            Lamentablemente tu pedido n.º 558-20941 (juego de cuchillos de cocina) llegará
            con retraso por una incidencia en el centro logístico de Madrid.

            Nueva fecha estimada de entrega: martes 25 de agosto.

            Sentimos las molestias.
            El equipo de EnvíoExprés
        """),
    ),
    msg(
        id="curso_denegado", kind=K, lang="es",
        frm=("Escola d'Hoteleria de les Illes Balears", "no-reply@ehib-cursos.example.es"),
        subj="Resolución de su solicitud - Curso de Dirección de Alimentos y Bebidas",
        date="2026-09-02 10:00 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Estimado Sr. Whitfield:

            Le comunicamos que su solicitud de plaza para el curso "Dirección de Alimentos y
            Bebidas" (edición de otoño 2026) no ha sido admitida, al haberse cubierto todas
            las plazas con solicitantes residentes en las Illes Balears, que tienen
            prioridad.

            Podrá volver a solicitar plaza en la próxima convocatoria.

            Secretaría de Formación
        """),
    ),
    msg(
        id="podcast_es", kind=K, lang="es",
        frm=("Neus Oliver", "neus@cuinaoberta.example.es"),
        subj="¿Te apetece una entrevista para el podcast Cuina Oberta?",
        date="2026-09-08 12:45 +0200", cte="qp", hdr=("utf-8", "q"),
        text=t("""
            Hola Declan:

            Soy Neus, de Cuina Oberta, un podcast sobre gastronomía y hostelería en
            Mallorca. Nos han dicho que te estás planteando venir a Palma y nos encantaría
            hacerte una entrevista sobre tu paso de la cocina a la gestión hotelera.

            Podemos grabar en remoto, unos 40 minutos. ¿Qué te parece?

            Un abrazo,
            Neus Oliver
        """),
    ),
]

MESSAGES = OWN + BULK + TRAPS_EN + TRAPS_DE + TRAPS_FR + TRAPS_ES
