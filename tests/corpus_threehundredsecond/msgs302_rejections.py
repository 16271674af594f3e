"""rejection: every kind of "no", soft, relayed, after interviews, on hold, filled (31)."""

from __future__ import annotations

from msgs302_common import (
    ARDEN,
    CALDER_WD,
    CANONGATE,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    DOMSTAD,
    HOHENRAIN,
    HTP,
    KT,
    LEITH,
    LEMAIRE,
    MAKK,
    MARCEAU_SR,
    OUDE_HR,
    PROV_HUMAN,
    RB_HUMAN,
    RB_PERSONIO,
    TALENTO,
    TEMPO,
    URIBARRI,
    VK_HUMAN,
    VK_TT,
    ZUB_HUMAN,
    msg,
    sig,
)

K = "rejection"

EN: list[dict] = [
    msg(
        id="oude_cancelled", kind=K, lang="en", company="Museum Oudegracht", frm=OUDE_HR,
        date="2026-03-10 10:30", subject="Collections Assistant vacancy",
        body="""
Dear Ms Achterberg,

Thank you again for coming to the museum on 13 February and for your patience since then.

I am sorry to tell you that, following a revision of our budget for 2026 by the
municipality, the board has decided not to fill the position of Collections Assistant
this year. The vacancy has been withdrawn and we will therefore not proceed with the
selection procedure.

We realise this is disappointing news after the effort you put into your application.
The committee was very positive about your conservation experience, and we would welcome
a new application from you should the position be advertised again.

Kind regards,
Annelies Brouwer
HR Advisor | Museum Oudegracht
""",
    ),
    msg(
        id="lothian_reject", kind=K, lang="en", company="Lothian Heritage Trust",
        frm=("Lothian Heritage Trust", "notifications@app.bamboohr.com"), zone="UK",
        date="2026-03-20 11:16", subject="Your application to Lothian Heritage Trust",
        html_only=True,
        body="""
Hi Rosalind,

Thank you for your interest in the Collections Manager position at Lothian Heritage Trust
and for the time you invested in applying.

We received a large number of strong applications. After careful review, we have decided
to move forward with candidates whose experience more closely matches the needs of this
role at this time.

We will keep your details on file and encourage you to apply for future openings that fit
your background.

Best wishes,
The Lothian Heritage Trust Team
""",
    ),
    msg(
        id="northbridge_filled", kind=K, lang="en", company="Northbridge Fine Art Storage",
        frm=("Northbridge Fine Art Storage Careers", "careers-northbridge@icims.com"),
        zone="UK", date="2026-03-25 16:05",
        subject="Update on your application - Inventory & Registrar Coordinator",
        html="auto",
        body="""
Dear Rosalind Achterberg,

Thank you for applying for the Inventory & Registrar Coordinator position (Req ID
2026-0113) at Northbridge Fine Art Storage.

We wanted to let you know that this position has now been filled by an internal
candidate. As a result, your application will not be progressed further.

We appreciate your interest in Northbridge and hope you will consider us again in the
future.

Talent Acquisition
Northbridge Fine Art Storage
""",
    ),
    msg(
        id="ijhaven_reject", kind=K, lang="en", company="IJhaven Museum of Design",
        frm=("IJhaven Museum of Design", "no-reply@hire.lever.co"), date="2026-04-01 09:13",
        subject="Your application to IJhaven Museum of Design", html="auto",
        body="""
Hi Rosalind,

Thank you for applying for the Registrar, Loans & Exhibitions role at IJhaven Museum of
Design. We really appreciate the interest you've shown in joining our team.

After reviewing your application, we've decided not to invite you to the next stage of
the process. We had a very strong pool of applicants, and this was a difficult decision.

We wish you all the best with your search.

Regards,
IJhaven Museum of Design
""",
    ),
    msg(
        id="dunmore_no", kind=K, lang="en", company="Dunmore Collection", frm=ARDEN,
        zone="UK", date="2026-04-02 17:21", reply="dunmore_missed",
        subject="Dunmore Collection - feedback",
        body="""
Hi Rosalind,

I've now had feedback from Isla at the Dunmore Collection after your call last week, and
I'm afraid it isn't the news we wanted. They've decided to go with a candidate who has run
a UK loans programme before, as they need someone to hit the ground running with the
Tokyo exhibition in the autumn.

Isla was complimentary about your conservation knowledge and said you came across very
well. I'll keep you in mind for anything else that comes up in Scotland; there should be a
couple of registrar roles in the summer.

Speak soon,
Fraser
"""
        + sig("Fraser Lindsay", "Director | Arden Fraser Recruitment", "+44 131 555 0187")
        + "\n\n" + DISCLAIMER_EN,
    ),
    msg(
        id="calder_hold", kind=K, lang="en", company="Calder University Library",
        frm=CALDER_WD, zone="UK", date="2026-04-08 13:40",
        subject="Collections Registrar (R-04417): update on recruitment", html="auto",
        cte="base64",
        body="""
Dear Rosalind,

Thank you for your continued interest in the Collections Registrar (R-04417) post.

Following a review of the library's budget for the coming academic year, the University
has placed this post on hold for the foreseeable future. We will therefore not be
proceeding with the recruitment, and the rescheduled interviews will not take place.

We are sorry for any inconvenience this causes and thank you for the time you have
invested in your application.

Calder University Library
People Services
""",
    ),
    msg(
        id="domstad_reject", kind=K, lang="en", company="Domstad City Archive", frm=DOMSTAD,
        date="2026-04-20 15:12", subject="Collections Registrar - outcome",
        pdfs=[("Letter_Achterberg_outcome.pdf", [
            "Domstad City Archive - Alexander Numankade 199, Utrecht",
            "Utrecht, 20 April 2026",
            "Dear Ms Achterberg,",
            "Thank you for your interview on 31 March for the post of Collections Registrar.",
            "After careful consideration we have decided not to offer you the position.",
            "We wish you every success in your career.",
            "Wouter Hageman, Team lead Collection Management",
        ])],
        body="""
Dear Rosalind,

Please find attached a letter about the outcome of the selection procedure for the
Collections Registrar position.

To summarise: thank you for making time for the interview on 31 March. The committee has
decided to offer the position to another candidate, whose experience with digitisation
projects was decisive. It was a close call.

If you would like feedback on your interview, I'm happy to call you next week.

Best regards,
Wouter Hageman
Team lead Collection Management
Domstad City Archive
""",
    ),
    msg(
        id="galerie_westerdok", kind=K, lang="en", company="Galerie Westerdok",
        frm=("Ilse Terpstra", "ilse@galeriewesterdok.example.nl"), date="2026-04-28 18:45",
        reply="westerdok_apply", quote="westerdok_apply", attrib="outlook-en",
        subject="RE: Application: Registrar / Gallery Manager",
        body="""
Dear Rosalind,

Thanks very much for your application and your kind words about the gallery. We have
looked at it carefully, but we have decided to go in a different direction: we need
someone with a commercial gallery background who can also take on sales.

I wish you lots of luck with your search.

Best,
Ilse Terpstra
Galerie Westerdok | Westerdoksdijk 50, Amsterdam
""",
    ),
    msg(
        id="vk_reject", kind=K, lang="en", company="Veldhuis & Kroon", frm=VK_TT,
        reply_to=VK_HUMAN, date="2026-05-04 10:02",
        subject="Veldhuis & Kroon | An update on your application", html_only=True,
        body="""
Hi Rosalind,

Thank you for taking the time to speak with Jorien and the team about the Consignment
Registrar role. We enjoyed getting to know you.

After a lot of deliberation, we have decided to continue with another candidate whose
auction experience more closely matches what we need right now. This was not an easy
choice.

Thank you again, and we hope our paths cross again in the future.

Best regards,
The people team at Veldhuis & Kroon
""",
    ),
    msg(
        id="leith_freeze", kind=K, lang="en", company="Leith Maritime Collection", frm=LEITH,
        zone="UK", date="2026-05-06 12:00", subject="Collections Assistant post - an update",
        cs="windows-1252", cte="quoted-printable",
        body="""
Dear Rosalind,

I hope you are well. I wanted to write personally after your trial day in March.

Last week our board of trustees introduced a recruitment freeze until at least the spring
of next year, following the loss of one of our main grants. I’m very sorry to say that
this means we have had to suspend the recruitment for the Collections Assistant post, and
we won’t be able to take your application any further.

It was a genuine pleasure working with you for the day – you fitted straight in. If the
situation changes I will let you know.

With best wishes,
Morag

Morag Stewart
Collections Manager, Leith Maritime Collection
""",
    ),
    msg(
        id="prov_reject", kind=K, lang="en", company="Provenio", frm=PROV_HUMAN,
        date="2026-05-20 16:33", subject="Collections Data Registrar - our decision",
        body="""
Hi Rosalind,

Thanks for the interview on the 30th and for the thoughtful way you approached the data
exercise. I really enjoyed our conversation.

I'm sorry to say we won't be moving forward with your application. In the end we chose a
candidate with more hands-on experience with SQL and data migrations, which will be a big
part of the job in the first year.

If you'd like more detailed feedback, just reply and I'll set up 15 minutes.

All the best,
Tobias

Tobias Lindqvist
Head of Product | Provenio
""",
    ),
    msg(
        id="tempo_client_no", kind=K, lang="en", company="Tempo Cultuur", frm=TEMPO,
        date="2026-05-25 12:14", subject="Inventory project - client decision",
        body="""
Hi Rosalind,

A quick update on the inventory project I put you forward for last week. The client has
come back to me and they've decided to go with another candidate from their own network,
so unfortunately it's a no this time.

Don't let it get you down, I have another project coming up in June that I think suits you
even better. I'll call you about it this week.

Femke

Femke Rozendaal | Tempo Cultuur
""",
    ),
    msg(
        id="canongate_reject", kind=K, lang="en", company="Canongate Print Collection",
        frm=CANONGATE, zone="UK", date="2026-06-19 14:55",
        subject="Collections Officer (Registration) - ref. CPC/26/07", cs="windows-1252",
        cte="8bit",
        body="""
Dear Rosalind,

Thank you for attending our assessment centre on 9 June and for the effort you put into
the day.

The panel has now completed its deliberations. I regret to inform you that, on this
occasion, you have not been successful. The standard of candidates was very high and the
decision was a difficult one.

Our panel particularly valued your object-handling skills; the main area in which the
appointed candidate scored more highly was the in-tray exercise on loan documentation.

We hope you’ll consider future vacancies with the Canongate Print Collection.

Yours sincerely,
Recruitment Team
Canongate Print Collection
""",
    ),
    msg(
        id="htp_relay_no", kind=K, lang="en", company="Heritage Talent Partners", frm=HTP,
        zone="UK", date="2026-06-26 17:50", subject="Head of Registration search - update",
        html="auto",
        body="""
Hi Rosalind,

Thanks again for your time on the phone earlier this month. I presented you to my client
last week, and they have come back to say they won't be taking your application forward.
They have decided to prioritise candidates who have already managed a registration team
at an auction house.

I know that's frustrating, especially as you'd clearly do a great job. I'll keep an eye
out for roles that are a better match.

Best,
Priya
"""
        + sig("Priya Ramsay", "Senior Consultant, Arts & Heritage",
              "Heritage Talent Partners", "+44 20 5550 7781"),
    ),
    msg(
        id="lauwerecht_no", kind=K, lang="en", company="Huis Lauwerecht Foundation",
        frm=("Gerdien Mulder", "g.mulder@huislauwerecht.example.nl"), date="2026-02-24 10:40",
        reply="lauwerecht_ack",
        subject="Registrar (0.8 FTE)",
        body="""
Dear Rosalind,

Thank you for your patience. We received well over a hundred applications for the
Registrar post, which we had not expected.

I'm sorry to tell you that you have not been selected for an interview. We were looking for
someone who has already worked with our collection system, and several applicants had that
experience.

We wish you success with your search, and thank you for your interest in Huis Lauwerecht
Foundation.

Kind regards,
Gerdien Mulder
Director, Huis Lauwerecht Foundation
""",
    ),
]

DE: list[dict] = [
    msg(
        id="severin_reject", kind=K, lang="de", company="Severin & Cie Kunstauktionen",
        frm=("Severin & Cie Kunstauktionen", "noreply@softgarden.io"), date="2026-03-30 09:45",
        subject="Ihre Bewerbung bei Severin & Cie Kunstauktionen", cs="iso-8859-1",
        cte="quoted-printable",
        body="""
Sehr geehrte Frau Achterberg,

nochmals vielen Dank für Ihre Bewerbung als Sachbearbeitung Objektlogistik und
Registratur und das damit verbundene Interesse an Severin & Cie Kunstauktionen.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir
Sie bei der weiteren Auswahl nicht berücksichtigen können. Diese Entscheidung ist keine
Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Severin & Cie Kunstauktionen
""",
    ),
    msg(
        id="kt_relay_no", kind=K, lang="de", company="KulturTalente", frm=KT,
        date="2026-05-12 18:03", subject="Rückmeldung unseres Mandanten",
        body="""
Sehr geehrte Frau Achterberg,

vielen Dank für das offene Gespräch und Ihre Geduld in den letzten Wochen.

Unser Mandant hat sich nach Sichtung der vorgestellten Profile entschieden, den Prozess
mit zwei Kandidatinnen fortzusetzen, die bereits Leitungserfahrung in einer deutschen
Registratur mitbringen. Ich muss Ihnen daher leider eine Absage übermitteln.

Ich würde Ihr Profil gern in unserer Datenbank behalten und Sie bei passenden Mandaten
wieder ansprechen, sofern Sie einverstanden sind.

Mit besten Grüßen
Dr. Jens Overbeck
KulturTalente Personalberatung
"""
        + "\n" + DISCLAIMER_DE,
    ),
    msg(
        id="rheinknie_filled", kind=K, lang="de", company="Sammlung Rheinknie",
        frm=("Sammlung Rheinknie Basel", "noreply@successfactors.eu"),
        reply_to=("Reto Schaub", "reto.schaub@rheinknie.example.ch"),
        date="2026-05-15 14:28", subject="Ihre Bewerbung: Sammlungsmanagerin/Sammlungsmanager",
        html="auto",
        body="""
Sehr geehrte Frau Achterberg

Vielen Dank für Ihr Interesse an der Sammlung Rheinknie Basel.

Wir möchten Sie darüber informieren, dass die Stelle Sammlungsmanagerin/Sammlungsmanager
80-100 % inzwischen intern besetzt werden konnte. Das Bewerbungsverfahren ist damit
abgeschlossen, und wir können Ihre Bewerbung nicht weiter berücksichtigen.

Für Rückfragen steht Ihnen Reto Schaub (HR Business Partner) gerne zur Verfügung.

Freundliche Grüsse
Sammlung Rheinknie Basel
""",
    ),
    msg(
        id="rb_reject", kind=K, lang="de", company="Museum Rheinbogen", frm=RB_PERSONIO,
        reply_to=RB_HUMAN, date="2026-06-03 10:17", reply="rb_thanks", quote="rb_thanks",
        attrib="de", subject="AW: Vielen Dank für das Gespräch",
        body="""
Sehr geehrte Frau Achterberg,

haben Sie vielen Dank für Ihre freundlichen Zeilen und Ihr Interesse an der Position als
Registrar (m/w/d). Wir haben die Gespräche mit allen Kandidatinnen und Kandidaten nun
abgeschlossen.

Nach reiflicher Überlegung haben wir uns für eine Bewerberin entschieden, die bereits
mehrere Jahre im Leihverkehr eines deutschen Museums tätig war. Leider können wir Ihnen
daher keine Zusage geben. Die Entscheidung ist uns angesichts Ihrer überzeugenden
Präsentation nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Katrin Weißenborn
Personalreferentin | Museum Rheinbogen Köln
""",
    ),
    msg(
        id="hohenrain_suspended", kind=K, lang="de", company="Stiftung Hohenrain",
        frm=HOHENRAIN, date="2026-06-24 16:02", subject="Stelle Registrar/in - Verfahren sistiert",
        cs="iso-8859-1", cte="8bit", html="auto", html_cs="iso-8859-1",
        body="""
Sehr geehrte Frau Achterberg

Zunächst herzlichen Dank für Ihren engagierten Einsatz am Probearbeitstag.

Leider muss ich Ihnen mitteilen, dass der Stiftungsrat entschieden hat, die Besetzung
der Stelle bis auf Weiteres zu sistieren. Grund ist die noch offene Finanzierung des
neuen Depots. Wir werden das Verfahren daher nicht weiterführen und können Ihre
Bewerbung nicht weiter berücksichtigen.

Es tut mir aufrichtig leid, Ihnen keinen besseren Bescheid geben zu können.

Freundliche Grüsse
Beatrice Imhof
Leiterin Sammlungen
Stiftung Hohenrain für Kulturerbe
""",
    ),
    msg(
        id="makk_reject", kind=K, lang="de", company="Museum für Angewandte Keramik Köln",
        frm=MAKK, date="2026-06-30 11:11", reply="makk_missed",
        subject="Ihre Bewerbung Sammlungsmanagement / Registrar",
        name_enc=("utf-8", "b"), subj_enc=("utf-8", "b"),
        body="""
Sehr geehrte Frau Achterberg,

vielen Dank für das nachgeholte Gespräch am 17. Juni.

Wir haben uns inzwischen für eine andere Bewerberin entschieden und können Ihnen die
Stelle daher leider nicht anbieten. Ihre Unterlagen senden wir Ihnen nicht zurück; sie
werden gemäß Datenschutz nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ulrike Stratmann
Museum für Angewandte Keramik Köln
""",
    ),
]

FR: list[dict] = [
    msg(
        id="vauquelin_filled", kind=K, lang="fr", company="Musée Vauquelin",
        frm=("Musée Vauquelin - Recrutement", "recrutement-vauquelin@taleo.net"),
        name_enc=("iso-8859-1", "q"), date="2026-07-01 08:32",
        subject="Offre 2600412 - Réponse à votre candidature", subj_enc=("utf-8", "q"),
        cs="iso-8859-1", cte="quoted-printable",
        body="""
Madame Achterberg,

Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste de Régisseur des
collections (H/F) au Musée Vauquelin.

Nous vous informons que ce poste a été pourvu. Nous ne sommes donc pas en mesure de
donner une suite favorable à votre candidature.

Nous conservons néanmoins vos coordonnées et nous ne manquerons pas de revenir vers vous
si une opportunité correspondant à votre profil se présentait.

Direction des ressources humaines
Musée Vauquelin
""",
    ),
    msg(
        id="marceau_reject", kind=K, lang="fr", company="Hôtel des Ventes Marceau",
        frm=MARCEAU_SR, name_enc=("utf-8", "q"), date="2026-07-10 15:20",
        subject="Votre candidature - Régisseur des œuvres", subj_enc=("utf-8", "q"),
        html_only=True,
        body="""
Bonjour Rosalind,

Nous vous remercions de l'intérêt porté à l'Hôtel des Ventes Marceau et du temps que vous
nous avez consacré.

Faute d'avoir pu reprogrammer l'entretien avant notre vente de juillet, nous avons
finalement décidé de poursuivre le processus avec d'autres candidats dont le profil
correspond davantage à nos besoins immédiats. Nous ne pourrons donc pas donner suite à
votre candidature.

Nous vous souhaitons une belle réussite dans vos recherches.

L'équipe Recrutement
Hôtel des Ventes Marceau
""",
    ),
    msg(
        id="lemaire_relay_no", kind=K, lang="fr", company="Cabinet Lemaire Culture",
        frm=LEMAIRE, date="2026-07-24 11:05", reply="lemaire_missed",
        subject="Retour de notre client", html="auto",
        body="""
Bonjour Madame Achterberg,

Je reviens vers vous suite à notre entretien téléphonique du 13 juillet. J'ai présenté
votre candidature à mon client, qui a souhaité privilégier des profils ayant déjà encadré
une équipe de régie dans une maison de ventes.

Je suis donc au regret de vous annoncer que votre candidature ne sera pas retenue pour ce
poste. Je garde néanmoins votre dossier et ne manquerai pas de vous recontacter pour
d'autres missions.

Bien cordialement,

Sophie Lemaire
Associée - Cabinet Lemaire Culture
"""
        + "\n" + DISCLAIMER_FR,
    ),
    msg(
        id="brunel_reject", kind=K, lang="fr", company="Atelier Brunel Restauration",
        frm=("Claire Brunel", "claire@atelier-brunel.example.fr"), date="2026-07-28 19:40",
        subject="Suite à notre rencontre", cs="windows-1252", cte="quoted-printable",
        body="""
Bonsoir Rosalind,

Merci encore d’être venue à l’atelier lundi dernier, j’ai beaucoup apprécié notre échange
et ton constat d’état était impeccable.

Après réflexion, nous avons choisi une personne déjà installée en Île-de-France et
disponible dès septembre, ce qui était essentiel pour nous vu le calendrier des chantiers.
Je suis désolée de ne pas pouvoir te donner une réponse positive.

Je te souhaite le meilleur pour la suite, et n’hésite pas si tu passes par Montreuil.

Claire
Atelier Brunel Restauration
""",
    ),
    msg(
        id="sainteaure_reject", kind=K, lang="fr", company="Bibliothèque Sainte-Aure",
        frm=("Bibliothèque Sainte-Aure", "recrutement@bibliotheque-sainteaure.example.fr"),
        name_enc=("iso-8859-1", "b"), date="2026-08-25 10:00",
        subject="Candidature au poste de responsable des magasins et du récolement",
        subj_enc=("iso-8859-1", "q"), cs="iso-8859-1", cte="base64",
        body="""
Madame,

Vous avez bien voulu nous adresser votre candidature pour le poste de responsable des
magasins et du récolement à la Bibliothèque Sainte-Aure, et nous vous en remercions.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous
ne donnerons pas suite à votre candidature, le profil retenu devant justifier d'une
expérience des fonds patrimoniaux en bibliothèque.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Directeur
Bibliothèque Sainte-Aure
""",
    ),
]

ES: list[dict] = [
    msg(
        id="zub_reject", kind=K, lang="es", company="Museo Zubiarte", frm=ZUB_HUMAN,
        date="2026-08-20 13:45", subject="Proceso de selección - Registro y Gestión de Colecciones",
        html="auto",
        body="""
Hola Rosalind:

Muchas gracias por tu tiempo en la entrevista del 24 de julio y por tu flexibilidad con
los cambios.

Hemos terminado el proceso y, aunque tu perfil nos ha parecido muy interesante, hemos
decidido seguir adelante con otra candidata que habla euskera y conoce ya nuestra
colección, algo que para este puesto resultaba determinante.

Te agradecemos de verdad el interés y te deseamos mucha suerte.

Un saludo,
Itziar Goikoetxea
Jefa de Colecciones - Museo Zubiarte
""",
    ),
    msg(
        id="uribarri_filled", kind=K, lang="es", company="Galería Uribarri", frm=URIBARRI,
        date="2026-08-14 12:20", reply="uribarri_missed",
        subject="Puesto de coordinadora de registro", cs="utf-8", cte="8bit",
        body="""
Hola Rosalind:

Gracias por tu mensaje y por explicarnos lo que pasó. Lo siento, pero entre tanto hemos
cubierto el puesto con una persona que ya había trabajado con nosotros en la feria de
septiembre, así que no vamos a seguir con más entrevistas.

Te deseo suerte en la búsqueda.

Josune Uribarri
Galería Uribarri
""",
    ),
    msg(
        id="talento_relay_no", kind=K, lang="es", company="Colección Abandoibarra",
        frm=TALENTO, date="2026-08-28 09:55", reply="talento_change",
        subject="Respuesta de Colección Abandoibarra",
        body="""
Hola Rosalind:

Ya tengo respuesta de la Colección Abandoibarra. Me dicen que les gustó mucho la
entrevista, pero que finalmente han optado por una candidata con experiencia en
préstamos internacionales dentro del Estado, así que no continúan con tu candidatura.

Sé que no es lo que esperabas. Me quedo con tu perfil y te llamo en cuanto salga algo
parecido; en otoño suele haber movimiento.

Un abrazo,
Ane Etxeberria
Talento Cultural Norte
""",
    ),
    msg(
        id="arrieta_reject", kind=K, lang="es", company="Subastas Arrieta",
        frm=("Subastas Arrieta - Selección", "seleccion@subastasarrieta.example.es"),
        name_enc=("windows-1252", "q"), date="2026-09-02 16:30",
        subject="Proceso de selección técnico/a de registro", subj_enc=("windows-1252", "q"),
        cs="windows-1252", cte="quoted-printable",
        body="""
Estimada Sra. Achterberg:

Le agradecemos el interés mostrado por formar parte de Subastas Arrieta.

Una vez revisadas todas las candidaturas recibidas, lamentamos comunicarle que su perfil
no ha sido seleccionado para pasar a la siguiente fase del proceso. Conservaremos sus
datos durante un año por si surgiera una vacante adecuada.

Reciba un cordial saludo,

Departamento de Selección
Subastas Arrieta
""",
    ),
    msg(
        id="hierros_suspended", kind=K, lang="es", company="Fundación Hierros de Deusto",
        frm=("Fundación Hierros de Deusto", "empleo@hierrosdeusto.example.es"),
        name_enc=("utf-8", "q"), date="2026-09-22 12:12",
        subject="Suspensión del proceso de selección", html="auto",
        body="""
Buenos días, Rosalind:

Te escribimos en relación con tu candidatura para el puesto de responsable de archivo y
colecciones.

El patronato de la Fundación Hierros de Deusto ha decidido suspender el proceso de
selección, ya que la subvención que financiaba el puesto no se ha renovado para 2027. Por
ese motivo no vamos a continuar con las candidaturas recibidas.

Sentimos mucho las molestias y te agradecemos el tiempo dedicado.

Fundación Hierros de Deusto
Área de Personas
""",
    ),
]

MESSAGES: list[dict] = EN + DE + FR + ES
