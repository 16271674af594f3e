"""Corpus 171: application acknowledgements and offers.

Each dict is one hand-written message; make_hundredseventyfirst.py turns it into MIME.
"""

from __future__ import annotations

from msgs171_common import (
    CANDIDATE,
    ats_card,
    outlook_word,
    reply,
    simple_html,
)

# ============================================================== thread texts used elsewhere

MASSILIA_APPLICATION = """Bonjour Monsieur Benali,

Je vous adresse ma candidature pour le poste de chargée de projet événementiel junior publié sur votre page LinkedIn.

Hôtesse d'accueil événementielle à Nice depuis cinq ans (congrès au Palais des Expositions, Festival de Cannes, MIPIM, Carnaval), je souhaite aujourd'hui évoluer vers le marketing et la communication touristique. J'ai suivi cette année une formation en marketing digital (Google Ads, Meta, Canva) et je gère bénévolement les réseaux sociaux d'une association de randonnée.

Je serais ravie de vous rencontrer à Marseille quand cela vous conviendra. Vous trouverez mon CV en pièce jointe.

Bien cordialement,
Aminata Leclerc-Dubois
06 71 42 88 19
"""

TM_COLD = """Hola Aminata:

Soy Laura Gómez, consultora de Talento Mediterráneo en Barcelona. Trabajamos con varios hoteles y agencias de eventos de la ciudad y tu perfil en la bolsa de empleo de la Cambra de Comerç me ha llamado la atención: francés nativo, inglés y español fluidos, y experiencia real de cara al público en grandes eventos.

No tengo ahora mismo un proceso concreto para ti, pero me gustaría tenerte en nuestra base de candidatos para los próximos meses. Si te interesa, respóndeme y hablamos cuando quieras.

Un saludo,
Laura Gómez
Consultora · Talento Mediterráneo ETT
Carrer de Balmes 201, 08006 Barcelona
+34 934 15 62 90
"""

RECEIVED = [
    dict(
        kind="application_received", slug="azureens_workday_ack", lang="fr",
        company="Hôtels Azuréens", contact="",
        **{"from": ("Hôtels Azuréens", "hotelsazureens@myworkday.com")},
        subject="Nous avons bien reçu votre candidature – Chargé(e) de marketing touristique",
        date="2026-02-02 08:14 +0000",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        html=ats_card(
            "Hôtels Azuréens – Carrières", "#1f5c99", "Merci pour votre candidature !",
            """Bonjour Aminata,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Chargé(e) de marketing touristique – Collection Riviera (réf. R-2026-0147), à Nice.

Notre équipe recrutement étudie chaque dossier avec attention. Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.

À très bientôt,
L'équipe Talents des Hôtels Azuréens""",
            "Ceci est un message automatique envoyé par Workday. Merci de ne pas y répondre.",
            "fr", button=("Mon espace candidat",
                          "https://azureens.wd3.myworkdayjobs.example.com/fr-FR/Carrieres/"
                          "userHome")),
    ),
    dict(
        kind="application_received", slug="air_mistral_taleo_ack", lang="fr",
        company="Air Mistral", contact="",
        **{"from": ("Air Mistral - Recrutement", "noreply@taleo.net")},
        subject="Accusé de réception de votre candidature - réf. 2600318",
        subject_enc=("iso-8859-1", "Q"),
        date="2026-02-04 06:02 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="qp",
        text="""Madame Leclerc-Dubois,

Nous accusons réception de votre candidature au poste d'Assistante marketing & fidélisation (réf. 2600318) et vous remercions de l'intérêt que vous portez à Air Mistral.

Votre dossier va être examiné par nos équipes. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu pour la suite du processus, nous prendrons contact avec vous dans un délai de quatre semaines.

Vous pouvez consulter l'état de votre candidature dans votre espace personnel :
https://airmistral.taleo.example.net/careersection/ext/mysubmissions.ftl

Cordialement,

Le service Recrutement
Air Mistral

Merci de ne pas répondre à ce message généré automatiquement.
""",
    ),
    dict(
        kind="application_received", slug="massilia_cv_received", lang="fr",
        company="Massilia Événements", contact="karim@massilia-evenements.example.fr",
        parent="massilia_application_sent",
        **{"from": ("Karim Benali", "karim@massilia-evenements.example.fr")},
        subject="Re: Candidature – chargée de projet événementiel junior",
        date="2026-01-08 20:03 +0100",
        text=reply(
            """Bonsoir Aminata,

Bien reçu votre CV, merci. Je le regarde tranquillement ce week-end et je vous rappelle en début de semaine prochaine.

Karim
""",
            "fr", "jeu. 8 janv. 2026 à 09:41", f"Aminata Leclerc-Dubois <{CANDIDATE}>",
            MASSILIA_APPLICATION),
    ),
    dict(
        kind="application_received", slug="leman_successfactors_ack", lang="fr",
        company="Léman Hospitality", contact="",
        **{"from": ("Léman Hospitality Recrutement", "noreply@successfactors.eu")},
        from_enc=("iso-8859-1", "B"),
        subject="Léman Hospitality : confirmation de votre candidature",
        subject_enc=("iso-8859-1", "B"),
        date="2026-05-04 07:45 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Madame,

Nous vous remercions pour votre candidature au poste d'Assistante marketing & ventes loisirs (Genève, 100 %).

Votre dossier a été enregistré et sera transmis à la personne responsable du recrutement. Nous vous contacterons si votre profil correspond à nos besoins.

Numéro de candidature : 48815

Meilleures salutations,
Léman Hospitality – Ressources humaines

Ceci est un e-mail automatique, merci de ne pas y répondre.
""",
        html=ats_card(
            "Léman Hospitality", "#004b6b", "Confirmation de candidature",
            """Madame,

Nous vous remercions pour votre candidature au poste d'Assistante marketing & ventes loisirs (Genève, 100 %).

Votre dossier a été enregistré et sera transmis à la personne responsable du recrutement. Nous vous contacterons si votre profil correspond à nos besoins.

Numéro de candidature : 48815""",
            "Ceci est un e-mail automatique envoyé par SAP SuccessFactors, merci de ne pas y "
            "répondre.", "fr"),
    ),
    dict(
        kind="application_received", slug="interim_sud_registration", lang="fr",
        company="Intérim Sud Talents", contact="julie.moretti@interimsudtalents.example.fr",
        **{"from": ("Julie Moretti | Intérim Sud Talents",
                    "julie.moretti@interimsudtalents.example.fr")},
        subject="Votre inscription chez Intérim Sud Talents",
        date="2026-01-05 15:37 +0100",
        text="""Bonjour Aminata,

Merci d'être passée à l'agence ce matin. Votre inscription est bien enregistrée et votre CV est désormais visible par nos chargés de recrutement sur les missions événementiel, accueil et communication.

Pour finaliser votre dossier, il me manque encore :
- une copie de votre pièce d'identité (recto verso) ;
- votre attestation de carte Vitale ;
- un RIB.

Vous pouvez me les envoyer en réponse à ce mail. Je reviens vers vous dès qu'une mission correspondant à votre projet se présente.

Bonne journée,

Julie Moretti
Chargée de recrutement
Intérim Sud Talents – agence Nice Centre
22 boulevard Gambetta, 06000 Nice
04 93 88 61 02
""",
    ),
    dict(
        kind="application_received", slug="lutece_smartrecruiters_ack", lang="fr",
        company="Lutèce Voyages", contact="",
        **{"from": ("Lutèce Voyages", "noreply@smartrecruiters.com")},
        subject="Merci pour votre candidature chez Lutèce Voyages",
        date="2026-03-02 10:18 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Aminata,

Merci d'avoir postulé au poste « Chef de projet marketing voyages groupes (H/F) ».

Nous avons bien reçu votre candidature. Notre équipe la passe en revue et vous recontactera si votre profil correspond au poste.

Cordialement,
L'équipe recrutement de Lutèce Voyages

Cet e-mail a été envoyé par SmartRecruiters. Ne répondez pas à cet e-mail.
""",
        html=ats_card(
            "Lutèce Voyages", "#7a1f3d", "Candidature reçue",
            """Bonjour Aminata,

Merci d'avoir postulé au poste « Chef de projet marketing voyages groupes (H/F) ».

Nous avons bien reçu votre candidature. Notre équipe la passe en revue et vous recontactera si votre profil correspond au poste.""",
            "Cet e-mail a été envoyé par SmartRecruiters. Ne répondez pas à cet e-mail.", "fr"),
    ),
    dict(
        kind="application_received", slug="provence_alpes_workday_base64", lang="fr",
        company="Provence Alpes Loisirs", contact="",
        **{"from": ("Provence Alpes Loisirs", "provencealpesloisirs@myworkday.com")},
        subject="Candidature reçue : Assistant(e) marketing stations & activités outdoor",
        subject_enc=("utf-8", "B"),
        date="2026-01-20 13:27 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text="""Bonjour Aminata Leclerc-Dubois,

Nous vous remercions pour votre intérêt envers Provence Alpes Loisirs. Votre candidature au poste Assistant(e) marketing stations & activités outdoor (Gap) a bien été transmise.

Prochaines étapes : notre équipe examinera votre profil au regard des exigences du poste. Si votre candidature est retenue, un membre de l'équipe recrutement vous contactera.

Cordialement,
Ressources humaines – Provence Alpes Loisirs
""",
        html=ats_card(
            "Provence Alpes Loisirs", "#2e7d32", "Candidature reçue",
            """Bonjour Aminata Leclerc-Dubois,

Nous vous remercions pour votre intérêt envers Provence Alpes Loisirs. Votre candidature au poste Assistant(e) marketing stations & activités outdoor (Gap) a bien été transmise.

Prochaines étapes : notre équipe examinera votre profil au regard des exigences du poste. Si votre candidature est retenue, un membre de l'équipe recrutement vous contactera.""",
            "Message automatique – Workday. Les réponses à cette adresse ne sont pas lues.",
            "fr"),
    ),
    dict(
        kind="application_received", slug="tempoplus_registration", lang="fr",
        company="TempoPlus Intérim", contact="nadia.cherif@tempoplus.example.fr",
        **{"from": ("Nadia Cherif – TempoPlus Intérim", "nadia.cherif@tempoplus.example.fr")},
        from_enc=("windows-1252", "B"),
        subject="Bienvenue chez TempoPlus – dossier candidat créé",
        subject_enc=("windows-1252", "Q"),
        date="2026-06-29 11:48 +0200",
        charset="windows-1252",
        text="""Bonjour Aminata,

Suite à notre entretien téléphonique, j’ai le plaisir de vous confirmer la création de votre dossier candidat chez TempoPlus Intérim Marseille Joliette.

Nous vous proposerons des missions dans l’accueil, l’animation commerciale et le tourisme (croisières, excursions, événements). Votre disponibilité à partir du 15 juillet est bien notée.

N’hésitez pas à m’appeler si votre situation change.

Nadia Cherif
Chargée d’affaires – TempoPlus Intérim Marseille Joliette
04 91 56 07 33
""",
        html=outlook_word("""Bonjour Aminata,

Suite à notre entretien téléphonique, j’ai le plaisir de vous confirmer la création de votre dossier candidat chez TempoPlus Intérim Marseille Joliette.

Nous vous proposerons des missions dans l’accueil, l’animation commerciale et le tourisme (croisières, excursions, événements). Votre disponibilité à partir du 15 juillet est bien notée.

N’hésitez pas à m’appeler si votre situation change.

Nadia Cherif
Chargée d’affaires – TempoPlus Intérim Marseille Joliette
04 91 56 07 33""", "fr", "windows-1252"),
    ),
    dict(
        kind="application_received", slug="baie_des_anges_accuse_reception", lang="fr",
        company="Groupe Hôtelier Baie des Anges", contact="v.castellani@baiedesanges-hotels.example.fr",
        **{"from": ("Valérie Castellani", "v.castellani@baiedesanges-hotels.example.fr")},
        subject="Votre candidature – assistante marketing séjours & bien-être",
        date="2026-02-16 16:30 +0100",
        text="""Bonjour Madame Leclerc-Dubois,

Nous accusons bonne réception de votre candidature pour le poste d'assistante marketing « séjours & bien-être » et vous en remercions.

Votre dossier est en cours d'étude par la direction marketing. Nous ne manquerons pas de revenir vers vous dans les prochains jours.

Bien cordialement,

Valérie Castellani
Responsable recrutement et mobilité
Groupe Hôtelier Baie des Anges
37 quai des États-Unis – 06300 Nice
""",
    ),
    dict(
        kind="application_received", slug="antibes_horizons_ack", lang="fr",
        company="Antibes Horizons Tourisme", contact="agnes.giordano@antibes-horizons.example.fr",
        **{"from": ("Agnès Giordano", "agnes.giordano@antibes-horizons.example.fr")},
        from_enc=("utf-8", "Q"),
        subject="Candidature – chargée de communication saison 2026",
        date="2026-04-22 12:05 +0200",
        text="""Bonjour Aminata,

Je vous confirme avoir reçu votre CV et votre lettre pour le poste de chargée de communication (saison estivale). Les entretiens auront lieu courant mai ; je vous tiendrai informée dans tous les cas.

Cordialement,

Agnès Giordano
Assistante de direction
Antibes Horizons Tourisme
Place de Gaulle, 06600 Antibes
""",
        html=simple_html("""Bonjour Aminata,

Je vous confirme avoir reçu votre CV et votre lettre pour le poste de chargée de communication (saison estivale). Les entretiens auront lieu courant mai ; je vous tiendrai informée dans tous les cas.

Cordialement,

Agnès Giordano
Assistante de direction
Antibes Horizons Tourisme
Place de Gaulle, 06600 Antibes""", "fr"),
    ),
    # ---------------------------------------------------------------- English
    dict(
        kind="application_received", slug="monte_riviera_greenhouse_ack", lang="en",
        company="Monte Riviera Resorts", contact="",
        **{"from": ("Monte Riviera Resorts", "no-reply@greenhouse-mail.io")},
        subject="Thank you for applying to Monte Riviera Resorts",
        date="2026-03-09 14:20 -0400",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Aminata,

Thank you for your interest in Monte Riviera Resorts and for applying for the Destination Marketing Executive position in Monaco.

We have received your application and our team will review it carefully. Unfortunately, due to the high volume of applications we receive, we cannot reply to every applicant individually. If your experience matches what we are looking for, a member of our Talent team will contact you within three weeks.

Kind regards,
The Talent Acquisition Team
Monte Riviera Resorts

Please do not reply to this message; this mailbox is not monitored.
""",
        html=ats_card(
            "Monte Riviera Resorts", "#8c6d1f", "Application received",
            """Dear Aminata,

Thank you for your interest in Monte Riviera Resorts and for applying for the Destination Marketing Executive position in Monaco.

We have received your application and our team will review it carefully. Unfortunately, due to the high volume of applications we receive, we cannot reply to every applicant individually. If your experience matches what we are looking for, a member of our Talent team will contact you within three weeks.""",
            "Powered by Greenhouse. This mailbox is not monitored.", "en"),
    ),
    dict(
        kind="application_received", slug="meridian_icims_ack", lang="en",
        company="Meridian Cruises", contact="",
        **{"from": ("Meridian Cruises Careers", "meridiancruises-noreply@icims.com")},
        subject="Meridian Cruises: Application Received – Onboard Experience Marketing "
                "Coordinator (Req #4471)",
        date="2026-04-01 16:55 -0400",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Meridian Cruises", "#0a2f5c", "We've got your application",
            """Dear Aminata,

Thank you for applying for the Onboard Experience Marketing Coordinator position (Req #4471) based in Marseille, France.

Your application has been submitted successfully. Our recruitment team reviews every application and will be in touch if your qualifications match the requirements of the role.

You can log in to the Meridian Cruises Career Portal at any time to check your application status.

Fair winds,
Meridian Cruises Talent Acquisition""",
            "This is an automated message from iCIMS on behalf of Meridian Cruises. "
            "Please do not reply.", "en",
            button=("Career Portal", "https://careers-meridiancruises.icims.example.com/jobs/"
                                     "candidate")),
    ),
    dict(
        kind="application_received", slug="blue_grotto_workable_ack", lang="en",
        company="Blue Grotto Hospitality", contact="",
        **{"from": ("Blue Grotto Hospitality", "noreply@workablemail.com")},
        subject="Thanks for applying to Blue Grotto Hospitality",
        date="2026-05-06 09:12 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Aminata,

Thanks for applying for the Marketing & Guest Experience Coordinator role at Blue Grotto Hospitality. Your application has been received and our hiring team will take a look shortly.

Cheers,
Blue Grotto Hospitality

--
Sent with Workable. You received this email because you applied for a job at Blue Grotto Hospitality.
""",
    ),
    dict(
        kind="application_received", slug="calypso_air_lever_ack", lang="en",
        company="Calypso Air", contact="",
        **{"from": ("Calypso Air", "no-reply@hire.lever.co")},
        subject="Your application to Calypso Air",
        date="2026-06-03 07:40 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Aminata,

Thank you for applying for the Ancillary & Destination Marketing Assistant role at Calypso Air. We've received your application and will review it as soon as possible.

Because we receive a large number of applications, our review can take up to three weeks. We'll be in touch either way.

Best,
Calypso Air Talent Team
""",
        html=simple_html("""Hi Aminata,

Thank you for applying for the Ancillary & Destination Marketing Assistant role at Calypso Air. We've received your application and will review it as soon as possible.

Because we receive a large number of applications, our review can take up to three weeks. We'll be in touch either way.

Best,
Calypso Air Talent Team""", "en"),
    ),
    dict(
        kind="application_received", slug="harbour_staffing_registration", lang="en",
        company="Harbour Staffing Malta", contact="kevin.borg@harbourstaffing.example.mt",
        **{"from": ("Kevin Borg", "kevin.borg@harbourstaffing.example.mt")},
        subject="Welcome to Harbour Staffing – your registration",
        date="2026-05-08 14:33 +0200",
        text="""Dear Aminata,

Thank you for registering with Harbour Staffing. I've gone through your CV and set up your profile for hospitality marketing and guest-relations roles in Malta and Gozo.

To complete your registration, could you send me:
1. a copy of your passport or ID card;
2. two references (ideally one from an event or hotel employer);
3. your earliest start date.

I'll be in touch as soon as something suitable comes up.

Kind regards,

Kevin Borg
Senior Consultant – Hospitality & Tourism
Harbour Staffing Malta Ltd
Level 2, Portomaso Business Tower, St Julian's, Malta
+356 2138 4470

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
    ),
    # ---------------------------------------------------------------- German
    dict(
        kind="application_received", slug="isartal_personio_ack", lang="de",
        company="Isartal Events", contact="",
        **{"from": ("Isartal Events GmbH", "noreply@personio.de")},
        subject="Eingangsbestätigung Ihrer Bewerbung: Junior Marketing Manager (m/w/d)",
        subject_enc=("iso-8859-1", "Q"),
        date="2026-06-01 10:03 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Aminata Leclerc-Dubois,

vielen Dank für Ihre Bewerbung als Junior Marketing Manager Incentive-Reisen (m/w/d) bei Isartal Events. Ihre Unterlagen sind bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei Ihnen.

Beste Grüße
Ihr Isartal Events Team

Diese E-Mail wurde automatisch über Personio versendet.
""",
        html=ats_card(
            "Isartal Events", "#c0392b", "Danke für Ihre Bewerbung",
            """Hallo Aminata Leclerc-Dubois,

vielen Dank für Ihre Bewerbung als Junior Marketing Manager Incentive-Reisen (m/w/d) bei Isartal Events. Ihre Unterlagen sind bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei Ihnen.

Beste Grüße
Ihr Isartal Events Team""",
            "Diese E-Mail wurde automatisch über Personio versendet.", "de"),
    ),
    dict(
        kind="application_received", slug="alpenblick_softgarden_ack", lang="de",
        company="Alpenblick Hotels", contact="",
        **{"from": ("Alpenblick Hotels Recruiting", "no-reply@softgarden.io")},
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-07-06 18:22 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="qp",
        text="""Sehr geehrte Frau Leclerc-Dubois,

herzlichen Dank für Ihr Interesse an Alpenblick Hotels und Ihre Bewerbung als Online-Marketing-Assistenz (Teilzeit möglich) in München.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Bitte haben Sie Verständnis, dass die Prüfung einige Zeit in Anspruch nehmen kann. Wir melden uns so bald wie möglich.

Freundliche Grüße
Ihr Recruiting-Team der Alpenblick Hotels

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.
""",
    ),
    dict(
        kind="application_received", slug="zeitwerk_registration", lang="de",
        company="Zeitwerk Personal", contact="t.brandl@zeitwerk-personal.example.de",
        **{"from": ("Tobias Brandl", "t.brandl@zeitwerk-personal.example.de")},
        subject="Ihre Bewerbung bei Zeitwerk Personal",
        date="2026-08-03 09:36 +0200",
        text="""Guten Morgen Frau Leclerc-Dubois,

danke für Ihre Bewerbung über unser Online-Formular. Ich habe Ihre Unterlagen erhalten und Sie in unserer Kandidatendatenbank angelegt, Schwerpunkt Tourismus, Events und Marketing im Raum München.

Sobald ich eine passende Position bei einem unserer Kunden habe, rufe ich Sie an. Gern können wir vorab auch ein kurzes Kennenlerngespräch per Telefon führen – sagen Sie mir einfach, wann es Ihnen passt.

Mit freundlichen Grüßen
Tobias Brandl
Personalberater
Zeitwerk Personal GmbH
Leopoldstraße 112, 80802 München
Tel. +49 89 2154 7760
""",
    ),
    # ---------------------------------------------------------------- Spanish
    dict(
        kind="application_received", slug="mediterrania_teamtailor_ack", lang="es",
        company="Mediterrània Events", contact="",
        **{"from": ("Mediterrània Events", "no-reply@teamtailor-mail.com")},
        subject="Hemos recibido tu candidatura – Marketing & Events Assistant",
        date="2026-07-01 08:30 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Mediterrània Events", "#00838f", "¡Gracias, Aminata!",
            """Hemos recibido tu candidatura para el puesto de Marketing & Events Assistant en Barcelona.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja con lo que buscamos, te contactaremos para el siguiente paso.

Mientras tanto, puedes conocer mejor a nuestro equipo en nuestra página de empleo.""",
            "Enviado con Teamtailor. No respondas a este mensaje.", "es",
            button=("Nuestra página de empleo", "https://mediterrania-events.teamtailor.example.com")),
    ),
    dict(
        kind="application_received", slug="costa_brava_recruitee_ack", lang="es",
        company="Costa Brava Experiences", contact="",
        **{"from": ("Costa Brava Experiences", "notifications@jobs.recruitee.com")},
        subject="Costa Brava Experiences: candidatura recibida",
        date="2026-08-05 11:06 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hola Aminata,

Gracias por presentar tu candidatura a Marketing de Experiencias (mercado francés) en Costa Brava Experiences.

La hemos recibido correctamente. Revisamos todas las candidaturas a mano, así que puede que tardemos un poco en responder; te escribiremos en cuanto tengamos novedades.

Saludos,
El equipo de Costa Brava Experiences

Este mensaje se ha enviado a través de Recruitee.
""",
    ),
    dict(
        kind="application_received", slug="brisa_marina_cv_recibido", lang="es",
        company="Hotel Brisa Marina", contact="jordi.ferrer@brisamarina.example.es",
        **{"from": ("Jordi Ferrer", "jordi.ferrer@brisamarina.example.es")},
        subject="Hemos recibido tu CV",
        date="2026-07-03 12:40 +0200",
        charset="iso-8859-1",
        text="""Hola Aminata:

Te confirmo que hemos recibido tu CV para el puesto de coordinadora de marketing y eventos. Lo estamos revisando junto con el director comercial y te diremos algo la semana que viene.

Gracias por pensar en nosotros.

Jordi Ferrer
Responsable de Recursos Humanos
Hotel Brisa Marina
Passeig Marítim de la Barceloneta 54, 08003 Barcelona
""",
    ),
]

# ============================================================== offers

OFFERS = [
    dict(
        kind="offer", slug="cote_lumiere_verbal_offer_followup", lang="fr",
        company="Côte Lumière Tourisme", contact="isabelle.marchetti@cotelumiere.example.fr",
        parent="cote_lumiere_new_slot",
        **{"from": ("Isabelle Marchetti", "isabelle.marchetti@cotelumiere.example.fr")},
        subject="Suite à notre appel – proposition de poste",
        date="2026-05-06 17:42 +0200",
        text="""Bonjour Aminata,

Comme je vous l'ai annoncé au téléphone cet après-midi, nous sommes heureux de vous proposer le poste de chargée de promotion touristique (marchés italien et britannique).

Pour rappel, les éléments dont nous avons parlé :
- CDI, statut agent de maîtrise, basé à Nice ;
- rémunération brute annuelle de 31 500 €, versée sur 13 mois ;
- prise de poste souhaitée le lundi 1er juin 2026 ;
- déplacements ponctuels sur les salons (Milan, Londres).

Le service RH vous adressera le contrat dans les prochains jours. D'ici là, pourriez-vous me confirmer votre accord de principe avant vendredi ?

Toute l'équipe se réjouit de vous accueillir.

Isabelle Marchetti
Responsable marketing & promotion
Côte Lumière Tourisme
04 92 00 31 58
""",
    ),
    dict(
        kind="offer", slug="interim_client_wants_offer", lang="fr",
        company="Riviera Séminaires & Incentives", contact="julie.moretti@interimsudtalents.example.fr",
        **{"from": ("Julie Moretti | Intérim Sud Talents",
                    "julie.moretti@interimsudtalents.example.fr")},
        subject="Riviera Séminaires & Incentives vous veut !",
        date="2026-06-05 18:10 +0200",
        text="""Bonjour Aminata,

Excellente nouvelle : Riviera Séminaires & Incentives a beaucoup apprécié votre entretien de mardi et souhaite vous faire une offre pour la mission de coordinatrice marketing événementiel.

Les conditions proposées :
- mission d'intérim de 4 mois (15 juin – 15 octobre), renouvelable ;
- 14,50 € brut de l'heure, 35 h hebdomadaires, plus indemnités de fin de mission et congés payés ;
- lieu : leurs bureaux de Cagnes-sur-Mer, avec quelques soirées d'événements.

Pouvez-vous me dire d'ici lundi si vous acceptez ? Je prépare ensuite le contrat de mission.

Julie Moretti
Chargée de recrutement
Intérim Sud Talents – agence Nice Centre
04 93 88 61 02
""",
    ),
    dict(
        kind="offer", slug="villa_cimiez_contract_to_sign", lang="fr",
        company="Villa Cimiez Événements", contact="stephane@villacimiez.example.fr",
        parent="villa_cimiez_casual_thursday",
        **{"from": ("Stéphane Alberti", "stephane@villacimiez.example.fr")},
        subject="Ton contrat à signer",
        date="2026-10-12 10:05 +0200",
        text="""Hello Aminata,

Comme promis vendredi, voici ton contrat : CDD de 12 mois comme chargée de communication et marketing, 2 300 € brut par mois, démarrage le 2 novembre. Tu le trouveras en PDF ci-joint, et tu peux le signer en ligne ici :
https://sign.example.com/villacimiez/contrat-ald-2026

Si quelque chose ne te va pas dans le texte, appelle-moi avant de signer, on en parle.

Ravi de t'avoir dans l'équipe !

Stéphane Alberti
Villa Cimiez Événements
160 avenue des Arènes de Cimiez, 06000 Nice
06 09 55 73 21
""",
        attach=[{"name": "Contrat_CDD_Leclerc-Dubois.pdf", "lines": [
            "VILLA CIMIEZ EVENEMENTS",
            "Contrat de travail a duree determinee",
            "",
            "Entre Villa Cimiez Événements, 160 avenue des Arènes de Cimiez, 06000 Nice,",
            "et Mme Aminata Leclerc-Dubois.",
            "",
            "Article 1 - Fonction : chargée de communication et marketing.",
            "Article 2 - Durée : 12 mois à compter du 2 novembre 2026.",
            "Article 3 - Rémunération : 2 300 € brut mensuel.",
            "",
            "Fait à Nice, le 12 octobre 2026.",
        ]}],
    ),
    dict(
        kind="offer", slug="horizon_riviera_palaces_promesse", lang="fr",
        company="Groupe Riviera Palaces", contact="f.morel@horizon-conseil.example.fr",
        parent="horizon_meeting_cancelled",
        **{"from": ("Frédéric Morel", "f.morel@horizon-conseil.example.fr")},
        subject="Groupe Riviera Palaces – promesse d'embauche",
        date="2026-09-29 19:14 +0200",
        text="""Bonjour Aminata,

J'ai le plaisir de vous transmettre, au nom du Groupe Riviera Palaces, la promesse d'embauche pour le poste de Chargée de marketing & partenariats touristiques à Cannes. Mme Santini a été conquise par votre entretien de vendredi.

Vous trouverez le document en pièce jointe : CDI, 36 000 € brut annuels plus prime sur objectifs, démarrage au 2 novembre. Le groupe vous demande une réponse sous huit jours.

Appelez-moi quand vous l'aurez lu, je vous accompagne jusqu'à la signature.

Bien à vous,

Frédéric Morel
Associé – Horizon Conseil Tourisme
27 rue de Caumartin, 75009 Paris
+33 1 84 60 22 15

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.
""",
        attach=[{"name": "Promesse_embauche_GRP_Leclerc-Dubois.pdf", "lines": [
            "GROUPE RIVIERA PALACES",
            "Direction des ressources humaines - Cannes",
            "",
            "Promesse d'embauche",
            "",
            "Madame Aminata Leclerc-Dubois,",
            "Nous avons le plaisir de vous confirmer notre engagement à vous embaucher",
            "en qualité de Chargée de marketing & partenariats touristiques (CDI).",
            "Rémunération : 36 000 € brut annuel, prime sur objectifs jusqu'à 10 %.",
            "Date d'entrée : 2 novembre 2026. Période d'essai : 3 mois.",
            "",
            "Merci de nous retourner ce document signé avant le 7 octobre 2026.",
        ]}],
    ),
    dict(
        kind="offer", slug="esterel_plein_air_offre", lang="fr",
        company="Estérel Plein Air", contact="sandrine.lopez@esterel-pleinair.example.fr",
        **{"from": ("Sandrine Lopez – Estérel Plein Air",
                    "sandrine.lopez@esterel-pleinair.example.fr")},
        from_enc=("windows-1252", "Q"),
        subject="Proposition d’embauche – Responsable marketing & réservations",
        subject_enc=("windows-1252", "Q"),
        date="2026-10-20 14:26 +0200",
        charset="windows-1252", cte="qp",
        text="""Madame,

À la suite de nos entretiens des 8 et 15 octobre, j’ai le plaisir de vous proposer le poste de Responsable marketing & réservations de nos quatre campings 5 étoiles de l’Estérel.

Vous trouverez ci-joint notre proposition détaillée : CDI à temps plein basé à Saint-Raphaël, 33 000 € brut annuels, treizième mois, véhicule de service pendant la saison, prise de fonction le 4 janvier 2027.

Nous serions heureux de recevoir votre réponse avant le 30 octobre.

Veuillez agréer, Madame, l’expression de nos salutations distinguées.

Sandrine Lopez
Directrice des ressources humaines
Estérel Plein Air – 412 boulevard de l’Aéronavale – 83700 Saint-Raphaël
04 94 82 40 61
""",
        attach=[{"name": "Proposition_Esterel_Plein_Air.pdf", "lines": [
            "ESTEREL PLEIN AIR",
            "Proposition d'embauche",
            "",
            "Poste : Responsable marketing & réservations",
            "Contrat : CDI temps plein, Saint-Raphaël",
            "Salaire : 33 000 € brut annuel + 13e mois",
            "Début : 4 janvier 2027",
        ]}],
    ),
    # ---------------------------------------------------------------- English
    dict(
        kind="offer", slug="monte_riviera_offer_letter", lang="en",
        company="Monte Riviera Resorts", contact="olivia.grant@monteriviera.example.mc",
        parent="monte_riviera_updated_invite",
        **{"from": ("Olivia Grant", "olivia.grant@monteriviera.example.mc")},
        subject="Your offer from Monte Riviera Resorts",
        date="2026-04-21 16:30 +0200",
        text="""Dear Aminata,

Following your panel interview, I'm delighted to offer you the position of Destination Marketing Executive at Monte Riviera Resorts.

Your formal offer letter is attached. In short:
- permanent contract (CDI under Monegasque law), based in Monaco;
- gross annual salary of EUR 38,000 plus an annual performance bonus of up to 8%;
- start date: Monday 1 June 2026.

Please review the letter and return a signed copy by Tuesday 28 April. I'm happy to jump on a call if you have any questions.

Congratulations, and we hope to welcome you to the team!

Warm regards,
Olivia Grant
Talent Acquisition Partner
Monte Riviera Resorts
7 avenue Princesse Grace, 98000 Monaco
+377 97 70 21 40
""",
        html=simple_html("""Dear Aminata,

Following your panel interview, I'm delighted to offer you the position of Destination Marketing Executive at Monte Riviera Resorts.

Your formal offer letter is attached. In short:
- permanent contract (CDI under Monegasque law), based in Monaco;
- gross annual salary of EUR 38,000 plus an annual performance bonus of up to 8%;
- start date: Monday 1 June 2026.

Please review the letter and return a signed copy by Tuesday 28 April. I'm happy to jump on a call if you have any questions.

Congratulations, and we hope to welcome you to the team!

Warm regards,
Olivia Grant
Talent Acquisition Partner
Monte Riviera Resorts
7 avenue Princesse Grace, 98000 Monaco
+377 97 70 21 40""", "en"),
        attach=[{"name": "MRR_Offer_Letter_Leclerc-Dubois.pdf", "lines": [
            "MONTE RIVIERA RESORTS",
            "7 avenue Princesse Grace, 98000 Monaco",
            "",
            "21 April 2026",
            "",
            "Dear Ms Leclerc-Dubois,",
            "We are pleased to offer you the position of Destination Marketing Executive.",
            "Salary: EUR 38,000 gross per year; bonus up to 8%.",
            "Start date: 1 June 2026. Probation: 3 months.",
            "",
            "Please sign and return by 28 April 2026.",
        ]}],
    ),
    dict(
        kind="offer", slug="blue_grotto_contract_esign", lang="en",
        company="Blue Grotto Hospitality", contact="joseph.camilleri@bluegrotto.example.mt",
        **{"from": ("Joseph Camilleri", "joseph.camilleri@bluegrotto.example.mt")},
        cc=[("Claire Vella", "claire.vella@bluegrotto.example.mt")],
        subject="Employment contract for signature – Marketing & Guest Experience Coordinator",
        date="2026-06-15 12:02 +0200",
        text="""Dear Aminata,

Further to your second conversation with Claire and me on 2 June, I'm pleased to confirm that we would like you to join Blue Grotto Hospitality as Marketing & Guest Experience Coordinator.

Please find your employment contract attached (indefinite contract, EUR 27,500 per annum, six-month probation, start date 1 August 2026). You can sign it electronically here:
https://esign.example.com/bluegrotto/contract/AL-2026-081

We will also help with your Jobsplus registration and the first two weeks of accommodation in St Julian's.

Kind regards,

Joseph Camilleri
HR Manager
Blue Grotto Hospitality Ltd
Triq San Ġorġ, St Julian's STJ 3208, Malta
+356 2137 9900
""",
        attach=[{"name": "BGH_Employment_Contract.pdf", "lines": [
            "BLUE GROTTO HOSPITALITY",
            "Contract of Employment (indefinite)",
            "",
            "Employee: Aminata Leclerc-Dubois",
            "Position: Marketing & Guest Experience Coordinator",
            "Salary: EUR 27,500 per annum",
            "Start date: 1 August 2026 - Probation: six months",
        ]}],
    ),
    # ---------------------------------------------------------------- German
    dict(
        kind="offer", slug="messeglanz_vertragsangebot", lang="de",
        company="Messeglanz München", contact="a.huber@messeglanz.example.de",
        parent="messeglanz_nicht_erreicht",
        **{"from": ("Andreas Huber", "a.huber@messeglanz.example.de")},
        subject="Vertragsangebot Marketing Coordinator",
        date="2026-09-15 10:40 +0200",
        text="""Sehr geehrte Frau Leclerc-Dubois,

nach unserem Gespräch in der vergangenen Woche freuen wir uns, Ihnen die Position als Marketing Coordinator für Messe- und Kongressauftritte anbieten zu können.

Die wesentlichen Eckdaten:
- unbefristeter Vertrag, Vollzeit (40 Stunden), Standort München-Riem
- Jahresbruttogehalt 44.000 Euro
- Beginn: 1. November 2026
- 30 Urlaubstage, Jobticket

Den Vertragsentwurf finden Sie im Anhang. Bitte geben Sie uns bis zum 25. September Bescheid, ob Sie das Angebot annehmen.

Wir würden uns sehr freuen, Sie bald in unserem Team zu begrüßen.

Mit freundlichen Grüßen
Andreas Huber
Leiter Personal
Messeglanz München GmbH
Am Messesee 2, 81829 München
""",
        attach=[{"name": "Vertragsangebot_Leclerc-Dubois.pdf", "lines": [
            "MESSEGLANZ MUENCHEN",
            "Arbeitsvertrag (Entwurf)",
            "",
            "Position: Marketing Coordinator Messe- und Kongressauftritte",
            "Beginn: 1. November 2026 - unbefristet, Vollzeit",
            "Jahresbruttogehalt: 44.000 Euro",
        ]}],
    ),
    # ---------------------------------------------------------------- Spanish
    dict(
        kind="offer", slug="brisa_marina_carta_oferta", lang="es",
        company="Hotel Brisa Marina", contact="jordi.ferrer@brisamarina.example.es",
        parent="brisa_marina_aplazada",
        **{"from": ("Jordi Ferrer", "jordi.ferrer@brisamarina.example.es")},
        subject="Carta de oferta – Coordinadora de marketing y eventos",
        date="2026-08-04 13:15 +0200",
        text="""Hola Aminata:

Tras la entrevista con nuestro director general, nos alegra mucho ofrecerte el puesto de Coordinadora de marketing y eventos del Hotel Brisa Marina.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 28.000 € brutos anuales en 14 pagas, jornada completa e incorporación el 1 de septiembre de 2026.

Te agradecería que nos dieras una respuesta antes del 11 de agosto. Cualquier duda, llámame.

Un abrazo,

Jordi Ferrer
Responsable de Recursos Humanos
Hotel Brisa Marina
Tel. +34 932 21 45 80
""",
        html=simple_html("""Hola Aminata:

Tras la entrevista con nuestro director general, nos alegra mucho ofrecerte el puesto de Coordinadora de marketing y eventos del Hotel Brisa Marina.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 28.000 € brutos anuales en 14 pagas, jornada completa e incorporación el 1 de septiembre de 2026.

Te agradecería que nos dieras una respuesta antes del 11 de agosto. Cualquier duda, llámame.

Un abrazo,

Jordi Ferrer
Responsable de Recursos Humanos
Hotel Brisa Marina
Tel. +34 932 21 45 80""", "es"),
        attach=[{"name": "Carta_oferta_Brisa_Marina.pdf", "lines": [
            "HOTEL BRISA MARINA",
            "Carta de oferta",
            "",
            "Puesto: Coordinadora de marketing y eventos",
            "Contrato indefinido - 28.000 € brutos anuales (14 pagas)",
            "Incorporación: 1 de septiembre de 2026",
        ]}],
    ),
    dict(
        kind="offer", slug="talento_mediterraneo_cliente_oferta", lang="es",
        company="Hotel Arenal Barceloneta", contact="laura.gomez@talentomed.example.es",
        parent="talento_mediterraneo_cold_approach",
        **{"from": ("Laura Gómez", "laura.gomez@talentomed.example.es")},
        subject="¡El cliente quiere hacerte una oferta!",
        subject_enc=("utf-8", "B"),
        date="2026-10-06 19:47 +0200",
        text=reply(
            """Hola Aminata:

¡Buenas noticias! El Hotel Arenal Barceloneta quedó encantado con la entrevista del jueves y quiere hacerte una oferta para el puesto de Guest Experience & Marketing Specialist.

Lo que me han trasladado: contrato indefinido, 26.500 € brutos al año, incorporación el 2 de noviembre, y te ayudan con el primer mes de alojamiento. Mañana me envían la propuesta por escrito y te la reenvío.

¿Hablamos mañana por la mañana para ver qué te parece?

Laura Gómez
Consultora · Talento Mediterráneo
+34 934 15 62 90
""",
            "es", "jue, 10 sept 2026 a las 11:20", "Laura Gómez <laura.gomez@talentomed.example.es>",
            TM_COLD),
    ),
]

MESSAGES = RECEIVED + OFFERS
