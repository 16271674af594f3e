"""interview_invitation (26) and missed_interview_notice (10)."""

from __future__ import annotations

from msgs302_common import (
    ARDEN,
    AV_GH,
    BRUNEL_HUMAN,
    CALDER_WD,
    CANONGATE,
    DISCLAIMER_EN,
    DOMSTAD,
    DUSSAC_HUMAN,
    HOHENRAIN,
    HTP,
    IBAIGANE,
    KEIZ,
    KP,
    KT,
    LEITH,
    LEMAIRE,
    MAARTJE,
    MAKK,
    MARCEAU_SR,
    OUDE_HR,
    RB_HUMAN,
    RB_PERSONIO,
    TALENTO,
    TEMPO,
    URIBARRI,
    VK_HUMAN,
    VK_TT,
    ZUB_HUMAN,
    ZUB_RT,
    msg,
    sig,
)

INV = "interview_invitation"
MISS = "missed_interview_notice"

INVITES: list[dict] = [
    msg(
        id="tempo_intake", kind=INV, lang="en", company="Tempo Cultuur", frm=TEMPO,
        date="2026-01-12 10:15", subject="Intake call - Thursday 15 January?",
        reply="tempo_registration",
        body="""
Hi Rosalind,

I had a good look at your CV and I think we can definitely find you some interesting
projects. Before I put you forward to clients I'd like to do a short intake call with you
(about 30 minutes) to talk about your availability, rates and the kind of work you like.

Would Thursday 15 January at 10:00 work? I will call you on the mobile number in your CV.
If that time doesn't suit, just suggest another one.

Speak soon,
Femke
"""
        + sig("Femke Rozendaal", "Consultant Culture & Heritage", "Tempo Cultuur",
              "+31 30 555 2710"),
    ),
    msg(
        id="oude_invite", kind=INV, lang="en", company="Museum Oudegracht", frm=OUDE_HR,
        date="2026-02-03 14:22",
        subject="Invitation: interview Collections Assistant, Museum Oudegracht",
        html="auto", ics=msg(uid="oude-interview-0211@museumoudegracht.example.nl",
                              start="2026-02-11 13:30", minutes=60,
                              summary="Interview Collections Assistant - R. Achterberg",
                              location="Museum Oudegracht, Oudegracht 231, Utrecht (staff "
                                       "entrance)"),
        body="""
Dear Ms Achterberg,

Thank you for your application for the position of Collections Assistant. We are pleased
to invite you for an interview on Wednesday 11 February at 13:30 at the museum.

The committee consists of Henk Dijkman (Head of Collections), Lotte van Rijn (Registrar)
and myself. The interview will take about an hour. Please report to the staff entrance
on the Lijnmarkt side and bring a copy of your ID.

Please confirm whether this time suits you. A calendar invitation is attached.

Kind regards,

Annelies Brouwer
HR Advisor | Museum Oudegracht
T +31 30 555 8120
""",
    ),
    msg(
        id="calder_invite", kind=INV, lang="en", company="Calder University Library",
        frm=CALDER_WD, zone="UK", date="2026-03-02 11:05",
        subject="Interview Invitation - Collections Registrar (R-04417)", html="auto",
        ics=msg(uid="R-04417-panel-RA@calder.example.ac.uk", start="2026-03-12 10:00",
                 minutes=45, tzid="Europe/London",
                 summary="Panel interview: Collections Registrar (R-04417)",
                 location="Microsoft Teams (link in invitation)",
                 organizer=("Heritage Collections Recruitment",
                            "heritage.recruitment@calder.example.ac.uk")),
        body="""
Dear Rosalind,

Following the shortlisting for the post of Collections Registrar (R-04417), we are pleased
to invite you to a panel interview.

Date: Thursday 12 March 2026
Time: 10:00 - 10:45 (UK time)
Format: Microsoft Teams video call
Panel: Dr Eilidh Munro (Head of Heritage Collections), Callum Baird (Collections Care
Manager), and a People Services representative.

You will be asked to give a 10-minute presentation on "Planning a collection move for a
working research library". Please upload your slides to the Candidate Home by 11 March.

Please accept the attached calendar invitation to confirm your attendance.

Calder University Library
People Services
""",
    ),
    msg(
        id="dunmore_invite", kind=INV, lang="en", company="Dunmore Collection", frm=ARDEN,
        zone="UK", date="2026-03-05 16:48", reply="arden_cold", quote="arden_cold",
        subject="Re: Registrar roles in Edinburgh - Dunmore Collection call",
        body="""
Hi Rosalind,

Great to speak earlier. As promised, here are the details: the Dunmore Collection would
like to have a first call with you about their Collections Registrar vacancy.

When: Thursday 12 March, 14:00 UK time (15:00 for you)
Who: Isla Cockburn, Head of Collections at the Dunmore Collection
How: Isla will phone you on +31 6 5550 3321

It's an informal 30-minute conversation, but do read up on their lending programme; they
send a lot of work to Japan and the US.

Good luck, and let me know how it goes.

Fraser
"""
        + sig("Fraser Lindsay", "Director | Arden Fraser Recruitment",
              "Museums, Galleries & Heritage", "14 Queen Street, Edinburgh EH2 1JE",
              "+44 131 555 0187")
        + "\n\n" + DISCLAIMER_EN,
    ),
    msg(
        id="domstad_invite", kind=INV, lang="en", company="Domstad City Archive", frm=DOMSTAD,
        date="2026-03-16 09:41",
        subject="Interview for the post of Collections Registrar - Domstad City Archive",
        body="""
Dear Rosalind,

Thank you for your application. I'm happy to let you know that we would like to meet you
for an interview for the position of Collections Registrar at the Domstad City Archive.

We have you down for Tuesday 24 March at 11:00 at our building on the Alexander
Numankade. Please report to the reception desk and ask for me. The conversation will be
in English, as you indicated.

Could you let me know by Friday whether this works for you?

Best regards,

Wouter Hageman
Team lead Collection Management
Domstad City Archive
Alexander Numankade 199, Utrecht
+31 30 555 6044
""",
    ),
    msg(
        id="keiz_invite", kind=INV, lang="en", company="Keizersgracht Photo Archive", frm=KEIZ,
        date="2026-03-18 15:03", subject="Video call on Thursday 26 March?",
        html="auto",
        body="""
Hello Rosalind,

Thanks for your application for the collections registrar post at the Keizersgracht Photo
Archive. We'd like to get to know you a bit better in a first video call with me and our
conservator, Noor Sahin.

Does Thursday 26 March at 15:30 work for you? We'll use Teams; I will send the link the
day before. It should take around 45 minutes.

All the best,
Daan Verhoef
Head of Collections
Keizersgracht Photo Archive
""",
    ),
    msg(
        id="vk_invite", kind=INV, lang="en", company="Veldhuis & Kroon", frm=VK_TT,
        reply_to=VK_HUMAN, date="2026-04-02 10:30",
        subject="Veldhuis & Kroon: invitation for a video interview",
        html_only=True,
        body="""
Hi Rosalind,

Good news: we would like to invite you to a first video interview for the Consignment
Registrar role at Veldhuis & Kroon.

Please choose a slot that suits you using the link below (30 minutes, Google Meet):
https://veldhuiskroon.teamtailor.example/meetings/8c2f1a

You will be speaking with Jorien Bakx (Head of Sale Administration). If none of the slots
work, simply reply to this email and Jorien will find another time.

Best regards,
The people team at Veldhuis & Kroon
""",
    ),
    msg(
        id="rb_invite", kind=INV, lang="de", company="Museum Rheinbogen", frm=RB_PERSONIO,
        reply_to=RB_HUMAN, date="2026-04-07 09:12", reply="rheinbogen_ack",
        subject="Einladung zum Vorstellungsgespräch - Registrar (m/w/d)", html="auto",
        ics=msg(uid="personio-rb-8841-achterberg", start="2026-04-16 10:00", minutes=90,
                 tzid="Europe/Berlin", summary="Vorstellungsgespräch Registrar (m/w/d)",
                 location="Museum Rheinbogen, Am Leystapel 8, 50667 Köln",
                 organizer=RB_HUMAN),
        body="""
Sehr geehrte Frau Achterberg,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen
Vorstellungsgespräch in das Museum Rheinbogen einzuladen:

Termin: Donnerstag, 16. April 2026, 10:00 Uhr (ca. 90 Minuten)
Ort: Museum Rheinbogen, Am Leystapel 8, 50667 Köln, Verwaltung, 2. OG
Gesprächspartner: Dr. Matthias Kessler (Sammlungsleitung), Katrin Weißenborn (Personal)

Das Gespräch kann auf Wunsch teilweise auf Englisch geführt werden. Reisekosten erstatten
wir Ihnen in Höhe eines Bahntickets 2. Klasse.

Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Katrin Weißenborn
Personalreferentin
""",
    ),
    msg(
        id="kt_invite", kind=INV, lang="de", company="KulturTalente", frm=KT,
        date="2026-04-20 17:25", subject="Telefonat zu einer Registrar-Position im Rheinland",
        body="""
Sehr geehrte Frau Achterberg,

vielen Dank für die Zusendung Ihrer Unterlagen über unser Portal. Im Auftrag eines
renommierten Kunstmuseums im Rheinland, dessen Namen ich Ihnen zum jetzigen Zeitpunkt
noch nicht nennen darf, besetzen wir die Position einer Leitung Registratur.

Gern würde ich Sie in einem ersten Telefonat näher kennenlernen. Passt Ihnen Donnerstag,
23. April, um 11:00 Uhr? Ich rufe Sie dann unter Ihrer Mobilnummer an.

Mit besten Grüßen

Dr. Jens Overbeck
Partner
KulturTalente Personalberatung
Hohenzollernring 56, 50672 Köln
Tel. +49 221 555 7390
""",
    ),
    msg(
        id="prov_invite", kind=INV, lang="en", company="Provenio",
        frm=("Tobias from Provenio", "no-reply@ashbyhq.com"),
        reply_to=("Tobias Lindqvist", "tobias@provenio.example.nl"), zone="UTC",
        date="2026-04-22 13:00", subject="Provenio: schedule your interview with Tobias",
        html="auto",
        body="""
Hi Rosalind,

Tobias Lindqvist would like to invite you to a 45-minute interview for the Collections
Data Registrar role at Provenio. We'll talk through a data-cleaning exercise based on a
(fictional) museum's object records, so have a laptop handy.

Pick a time that works for you here:
https://jobs.ashbyhq.example/provenio/interview-schedule/5f0c2b

Looking forward to speaking with you!
Provenio Recruiting
""",
    ),
    msg(
        id="kp_invite", kind=INV, lang="de", company="Kulturpersonal Basel", frm=KP,
        date="2026-05-11 08:55", reply="kp_ack", quote="kp_ack", attrib="outlook-de",
        subject="Vorstellungsgespräch bei Kulturpersonal Basel", cs="windows-1252",
        cte="quoted-printable",
        body="""
Guten Tag Frau Achterberg

Vielen Dank für Ihre Geduld. Ihr Profil passt sehr gut zu mehreren Einsätzen, die wir im
Sommer bei Museen in der Region Basel besetzen.

Gerne lade ich Sie zu einem Vorstellungsgespräch per Video ein: Montag, 18. Mai, 14:00 Uhr
(Dauer etwa 45 Minuten). Den Link zu Microsoft Teams sende ich Ihnen am Vortag.

Bitte bestätigen Sie mir den Termin kurz.

Freundliche Grüsse
Nadja Brunner
Beraterin Kultur & Museen
Kulturpersonal Basel
""",
    ),
    msg(
        id="av_invite", kind=INV, lang="en", company="Artvault Logistics", frm=AV_GH,
        reply_to=MAARTJE, zone="UTC", date="2026-04-14 07:32", reply="av_ack",
        subject="Artvault Logistics - Interview invitation: Senior Registrar", html="auto",
        body="""
Hi Rosalind,

Thanks again for applying for the Senior Registrar, Collections & Storage role. We were
impressed by your conservation background and would like to invite you to a first
interview with me and Pieter Oosting, our Head of Registration.

The interview will take place at our Amsterdam facility (Cruquiusweg 90) and take about an
hour, including a short walk through the climate-controlled storage halls.

Please use this link to pick a time in the week of 20 April:
https://app.greenhouse.example/scheduling/artvault/rachterberg-7781

If none of the times suit, just reply to this email.

Best,
Maartje de Wit
Talent Acquisition Partner, Artvault Logistics
""",
    ),
    msg(
        id="av_invite2", kind=INV, lang="en", company="Artvault Logistics", frm=MAARTJE,
        date="2026-05-12 16:18", reply="av_thanks", quote="av_thanks",
        subject="Re: Thank you - Senior Registrar interview (second round)",
        ics=msg(uid="av-round2-rachterberg@artvault.example.nl", start="2026-05-21 09:30",
                 minutes=180, summary="Artvault second round: practical assessment",
                 location="Artvault Logistics, Cruquiusweg 90, Amsterdam", attach=True),
        body="""
Hi Rosalind,

Thank you for your kind note, it was a pleasure for us too. I'm happy to tell you that
Pieter would like you to come back for a second round.

This one is practical: on Thursday 21 May from 09:30 to 12:30 you would join the
registration team for a morning, check an incoming shipment against its paperwork, write
a condition report on one object and then talk through your findings with Pieter and our
COO, Sanne Kalff. Please wear closed shoes; we will provide gloves and a hi-vis vest.

The calendar invitation is attached. Could you confirm you can make it?

Best,
Maartje
"""
        + sig("Maartje de Wit", "Talent Acquisition Partner", "Artvault Logistics",
              "Cruquiusweg 90, 1019 AH Amsterdam", "+31 20 555 0142"),
    ),
    msg(
        id="dussac_invite", kind=INV, lang="fr", company="Fondation Dussac", frm=DUSSAC_HUMAN,
        name_enc=("iso-8859-1", "q"), date="2026-05-19 10:44", reply="dussac_ack",
        subject="Convocation à un entretien - chargé(e) des collections",
        subj_enc=("utf-8", "q"),
        body="""
Madame Achterberg,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un premier
entretien pour le poste de chargé(e) des collections et du récolement.

Cet entretien se tiendra le jeudi 28 mai 2026 à 15 h, dans nos locaux du 12, rue de
Sévigné (Paris 4e), en présence de Mme Anne-Laure Périer, conservatrice en chef, et de
moi-même. Il durera environ une heure.

Nous vous remercions de bien vouloir nous confirmer votre présence par retour de courriel.

Bien cordialement,

Hélène Vasseur
Responsable des ressources humaines
Fondation Dussac
01 55 50 21 87
""",
    ),
    msg(
        id="canongate_invite", kind=INV, lang="en", company="Canongate Print Collection",
        frm=CANONGATE, zone="UK", date="2026-05-28 12:10",
        subject="Assessment centre invitation - Collections Officer (Registration)",
        pdfs=[("Assessment_centre_programme.pdf", [
            "Canongate Print Collection - Assessment centre, 9 June 2026",
            "09:30 Arrival and welcome (Reception, 21 Canongate)",
            "10:00 In-tray exercise: loans and documentation (60 min)",
            "11:15 Object handling and condition checking (45 min)",
            "12:30 Lunch with the collections team",
            "13:30 Panel interview (45 min)",
            "15:00 Close",
        ])],
        body="""
Dear Rosalind,

Collections Officer (Registration) - ref. CPC/26/07

Thank you for your application. We are delighted to invite you to our assessment centre on
Tuesday 9 June 2026 at the Canongate Print Collection, 21 Canongate, Edinburgh.

The day runs from 09:30 to about 15:00 and includes an in-tray exercise, an object
handling session and a panel interview. The full programme is attached. Reasonable travel
expenses will be reimbursed.

Please confirm your attendance by replying to this email by 3 June, and tell us about any
adjustments you may need.

Yours sincerely,

Recruitment Team
Canongate Print Collection
""",
    ),
    msg(
        id="leith_trial", kind=INV, lang="en", company="Leith Maritime Collection", frm=LEITH,
        zone="UK", date="2026-02-25 13:37", subject="Trial day at the Leith Maritime Collection",
        cs="windows-1252", cte="quoted-printable",
        body="""
Dear Rosalind,

Thank you for coming along to the video call last week – we all enjoyed it. As the next
step, we’d like to invite you to a paid trial day at our stores in Leith on Wednesday
11 March, 09:00 to 16:30.

You’d work alongside our registrar on our annual audit of the ship-model store and help
with packing two loans for Aberdeen. We’ll cover your travel and one night’s stay.

Could you let me know by Monday if that works?

Many thanks,
Morag

Morag Stewart
Collections Manager
Leith Maritime Collection | 3 Commercial Quay, Edinburgh EH6 6LX
0131 555 0423
""",
    ),
    msg(
        id="htp_screen", kind=INV, lang="en", company="Heritage Talent Partners", frm=HTP,
        zone="UK", date="2026-06-02 09:50", subject="Quick screening call this week?",
        html="auto",
        body="""
Hi Rosalind,

I'm working on a confidential Head of Registration search for a major auction house with
offices in London and Edinburgh, and your profile looks like a strong fit.

Could we have a 20-minute screening call this Thursday (4 June) at 12:30 UK time? I'll ring
you on +31 6 5550 3321 unless you'd prefer Zoom.

Thanks,
Priya Ramsay
Senior Consultant, Arts & Heritage
Heritage Talent Partners
""",
    ),
    msg(
        id="hohenrain_invite", kind=INV, lang="de", company="Stiftung Hohenrain", frm=HOHENRAIN,
        date="2026-05-20 11:33", subject="Einladung zum Probearbeitstag",
        cs="iso-8859-1", cte="8bit",
        body="""
Sehr geehrte Frau Achterberg

Besten Dank für das angenehme Telefongespräch von letzter Woche. Gerne laden wir Sie zu
einem Probearbeitstag in unser Depot in Münchenstein ein.

Datum: Mittwoch, 3. Juni 2026
Zeit: 08:30 bis ca. 16:00 Uhr
Treffpunkt: Empfang Depot, Emil Frey-Strasse 12, 4142 Münchenstein

Sie begleiten an diesem Tag unsere Registrarin bei der Inventur der Grafiksammlung. Das
Mittagessen offerieren wir Ihnen gerne.

Bitte bestätigen Sie den Termin bis Ende Woche.

Freundliche Grüsse

Beatrice Imhof
Leiterin Sammlungen
Stiftung Hohenrain für Kulturerbe
""",
    ),
    msg(
        id="marceau_invite", kind=INV, lang="fr", company="Hôtel des Ventes Marceau",
        frm=MARCEAU_SR, name_enc=("utf-8", "b"), date="2026-06-10 14:05",
        reply_to=("Julien Carrère", "j.carrere@marceau-encheres.example.fr"),
        subject="Entretien visio - Régisseur des œuvres", subj_enc=("utf-8", "b"),
        html="auto",
        body="""
Bonjour Rosalind,

Votre profil a retenu toute notre attention et nous souhaitons vous rencontrer en
visioconférence pour le poste de régisseur des œuvres à l'Hôtel des Ventes Marceau.

Rendez-vous proposé : mardi 16 juin à 10 h 30 (heure de Paris), sur Google Meet, avec
Julien Carrère, directeur des opérations.

Merci de confirmer le créneau en cliquant sur le lien ci-dessous, ou de répondre
directement à Julien :
https://careers.smartrecruiters.example/marceau/interview/ra-2291

L'équipe Recrutement
Hôtel des Ventes Marceau
""",
    ),
    msg(
        id="dussac_invite2", kind=INV, lang="fr", company="Fondation Dussac", frm=DUSSAC_HUMAN,
        date="2026-06-16 16:30",
        subject="Second entretien avec la directrice - Fondation Dussac",
        ics=msg(uid="dussac-entretien2-achterberg@fondation-dussac.example.fr",
                 start="2026-06-25 11:00", minutes=60, tzid="Europe/Paris",
                 summary="Second entretien - R. Achterberg",
                 location="Fondation Dussac, 12 rue de Sévigné, Paris"),
        html="auto",
        body="""
Chère Madame Achterberg,

Je vous remercie encore pour notre échange du 2 juin. J'ai le plaisir de vous informer que
votre candidature est retenue pour le second et dernier tour.

Mme Isabelle Dussac-Morel, directrice de la Fondation, souhaiterait vous rencontrer le
jeudi 25 juin à 11 h. Vous trouverez ci-joint une invitation pour votre agenda.

Au plaisir de vous revoir,

Hélène Vasseur
Responsable des ressources humaines
Fondation Dussac
""",
    ),
    msg(
        id="brunel_invite", kind=INV, lang="fr", company="Atelier Brunel Restauration",
        frm=BRUNEL_HUMAN, date="2026-07-02 18:12",
        subject="Entretien + petit test pratique à l'atelier",
        body="""
Bonjour Rosalind,

Merci pour votre candidature, votre double profil restauratrice / régie nous intéresse
beaucoup. Je vous propose de venir à l'atelier (Montreuil) le vendredi 10 juillet à 14 h
pour un entretien d'une heure, suivi d'un petit exercice pratique : préparer le
constat d'état et la fiche de transport d'un tableau avant son départ en prêt.

Si la date ne vous convient pas, dites-le-moi et on trouvera autre chose.

Bien à vous,
Claire Brunel
Gérante - Atelier Brunel Restauration
48 rue de Paris, 93100 Montreuil
06 55 51 24 90
""",
    ),
    msg(
        id="lemaire_invite", kind=INV, lang="fr", company="Cabinet Lemaire Culture",
        frm=LEMAIRE, date="2026-07-07 09:20",
        subject="Échange téléphonique - poste de responsable de la régie",
        subj_enc=("iso-8859-1", "b"), cs="iso-8859-1", cte="quoted-printable",
        body="""
Bonjour Madame Achterberg,

Je me permets de vous contacter au sujet d'un poste de responsable de la régie des
œuvres que nous recrutons pour le compte d'une grande maison de ventes parisienne,
dont je ne peux pas encore vous communiquer le nom.

Seriez-vous disponible pour un premier échange téléphonique jeudi 9 juillet à 14 h ?
Je vous appellerai au numéro indiqué sur votre CV.

Bien cordialement,

Sophie Lemaire
Associée - Cabinet Lemaire Culture
8, rue Saint-Augustin, 75002 Paris
""".replace("œ", "oe"),
    ),
    msg(
        id="zub_invite", kind=INV, lang="es", company="Museo Zubiarte", frm=ZUB_RT,
        reply_to=ZUB_HUMAN, date="2026-07-13 10:02",
        subject="Invitación a entrevista - Registro y Gestión de Colecciones", html="auto",
        body="""
Hola Rosalind:

Nos alegra comunicarte que has pasado a la fase de entrevistas para el puesto de Registro
y Gestión de Colecciones del Museo Zubiarte.

Te proponemos una entrevista por videollamada el lunes 20 de julio a las 12:00 (hora de
Madrid) con Itziar Goikoetxea, jefa de Colecciones, y Unai Larrañaga, registrador.
Recibirás el enlace de Teams el mismo día por la mañana.

Si necesitas cambiar la hora, responde a este correo y Itziar te propondrá otra.

Un saludo,
Equipo de Personas
Museo Zubiarte
""",
    ),
    msg(
        id="zub_invite2", kind=INV, lang="es", company="Museo Zubiarte", frm=ZUB_HUMAN,
        date="2026-07-22 09:15", reply="zub_sorry", quote="zub_sorry", attrib="es",
        subject="RE: Disculpas por la entrevista de hoy",
        body="""
Hola Rosalind:

No te preocupes, son cosas que pasan. Hemos hablado con Unai y podemos hacer la
entrevista el viernes 24 de julio a las 10:00, esta vez por teléfono para evitar
problemas con el enlace. Te llamaremos al número que nos has indicado.

Confírmame si te viene bien.

Un abrazo,
Itziar Goikoetxea
Jefa de Colecciones
Museo Zubiarte
Abandoibarra etorbidea 9, 48009 Bilbao
Tel. 944 555 210
""",
    ),
    msg(
        id="talento_invite", kind=INV, lang="es", company="Colección Abandoibarra",
        frm=TALENTO, date="2026-08-03 11:48",
        subject="Entrevista con Colección Abandoibarra - jueves 6 de agosto",
        subj_enc=("utf-8", "q"), html="auto",
        body="""
Hola Rosalind:

Como hablamos por teléfono, te confirmo que la Colección Abandoibarra quiere entrevistarte
para el puesto de registradora de colecciones.

Día: jueves 6 de agosto
Hora: 10:30
Lugar: sede de la Colección, calle Ibáñez de Bilbao 22, 3.º (pregunta por Garazi Olano,
directora de colecciones)

Lleva, si puedes, algún ejemplo de informe de estado o de documentación de préstamo que
hayas preparado. Llámame después para contarme qué tal.

Un saludo,
Ane Etxeberria
Consultora de Selección - Talento Cultural Norte
Gran Vía 35, Bilbao | 944 555 671
""",
    ),
    msg(
        id="ibaigane_invite", kind=INV, lang="es", company="Fundación Arte Ibaigane",
        frm=IBAIGANE, date="2026-08-10 17:05",
        subject="Videollamada para el proyecto de inventario",
        body="""
Buenas tardes, Rosalind:

Te escribo desde la Fundación Arte Ibaigane. Hemos visto tu perfil en la bolsa de empleo
del Colegio de Conservadores-Restauradores y nos encaja muy bien para el proyecto de
inventario y documentación de nuestro fondo de obra gráfica.

¿Podrías tener una videollamada con nosotros el martes 18 de agosto a las 16:00? Sería
con Maite Urrutia, conservadora, y conmigo. Te paso el enlace de Zoom en cuanto me
confirmes.

Un saludo cordial,
Mikel Arregi
Gerente
Fundación Arte Ibaigane
""",
    ),
]

MISSED: list[dict] = [
    msg(
        id="tempo_missed", kind=MISS, lang="en", company="Tempo Cultuur", frm=TEMPO,
        date="2026-01-15 10:24", subject="Re: Intake call - Thursday 15 January?",
        reply="tempo_intake", quote="tempo_intake",
        body="""
Hi Rosalind,

I tried to call you at 10:00 as agreed, twice, but it went straight to voicemail. I hope
everything is alright!

I'm in the office until 17:00 today and all day tomorrow, so feel free to call me back at
030 555 2710 whenever suits you, or suggest a new time.

Femke
""",
    ),
    msg(
        id="dunmore_missed", kind=MISS, lang="en", company="Dunmore Collection", frm=ARDEN,
        zone="UK", date="2026-03-12 14:40", reply="dunmore_invite",
        subject="Isla tried to call you",
        body="""
Hi Rosalind,

Isla Cockburn from the Dunmore Collection has just been in touch: she rang you at 14:00 as
arranged but couldn't get through, and left a voicemail.

No harm done, she's keen to speak with you. She can do tomorrow at 11:00 or Monday at
15:00 (UK time). Which is better? And can you double-check the number I have for you?

Best,
Fraser
"""
        + sig("Fraser Lindsay", "Director | Arden Fraser Recruitment", "+44 131 555 0187")
        + "\n\n" + DISCLAIMER_EN,
    ),
    msg(
        id="domstad_missed", kind=MISS, lang="en", company="Domstad City Archive", frm=DOMSTAD,
        date="2026-03-24 11:35", subject="Your interview this morning",
        reply="domstad_invite", html="auto",
        body="""
Dear Rosalind,

We were expecting you at 11:00 this morning for your interview for the Collections
Registrar post, and waited at reception until about 11:30. Unfortunately we did not hear
from you.

I hope nothing serious has happened. If you are still interested in the position, please
get in touch with me this week; we might be able to offer an alternative time on 31 March.

Best regards,

Wouter Hageman
Team lead Collection Management
Domstad City Archive
""",
    ),
    msg(
        id="keiz_missed", kind=MISS, lang="en", company="Keizersgracht Photo Archive", frm=KEIZ,
        date="2026-03-26 15:58", reply="keiz_invite", subject="Re: Video call on Thursday 26 March?",
        quote="keiz_invite", attrib="en",
        body="""
Hi Rosalind,

Noor and I have been waiting in the Teams meeting since 15:30 but you haven't joined. Did
the link reach you? I sent it yesterday afternoon to this address.

We'll close the meeting at 16:00. Let me know what happened and we'll see if we can find
another moment.

Daan
""",
    ),
    msg(
        id="greyfriars_missed", kind=MISS, lang="en", company="Greyfriars Print Archive",
        frm=("Alasdair Neill", "a.neill@greyfriarsarchive.example.org.uk"), zone="UK",
        date="2026-06-08 10:47", subject="Phone interview today at 10:30",
        body="""
Dear Rosalind,

I rang you at 10:30 this morning for our scheduled phone interview about the Archive
Registrar post, but there was no answer, and I tried again at 10:40.

Perhaps there was a mix-up over time zones (we are an hour behind the Netherlands). I can
offer you a new slot on Wednesday at 09:30 UK time; please let me know.

Kind regards,
Alasdair Neill
Keeper of Collections
Greyfriars Print Archive, 4 Candlemaker Row, Edinburgh EH1 2QE
""",
    ),
    msg(
        id="kt_missed", kind=MISS, lang="de", company="KulturTalente", frm=KT,
        date="2026-04-23 11:28", reply="kt_invite", quote="kt_invite", attrib="de",
        subject="AW: Telefonat zu einer Registrar-Position im Rheinland",
        body="""
Sehr geehrte Frau Achterberg,

ich habe heute um 11:00 Uhr wie vereinbart versucht, Sie zu erreichen, leider ohne
Erfolg. Ich habe Ihnen eine kurze Nachricht auf der Mailbox hinterlassen.

Gern können wir das Gespräch nachholen. Nennen Sie mir einfach zwei, drei Zeitfenster in
den kommenden Tagen, die für Sie passen.

Mit besten Grüßen
Jens Overbeck
""",
    ),
    msg(
        id="makk_missed", kind=MISS, lang="de", company="Museum für Angewandte Keramik Köln",
        frm=MAKK, date="2026-06-10 14:52",
        subject="Ihr Vorstellungsgespräch heute um 14 Uhr", cs="windows-1252", cte="8bit",
        body="""
Sehr geehrte Frau Achterberg,

wir hatten Sie heute um 14:00 Uhr zu Ihrem Vorstellungsgespräch für die Stelle
„Sammlungsmanagement / Registrar“ im Museum für Angewandte Keramik Köln erwartet. Leider
sind Sie nicht erschienen, und wir konnten Sie auch telefonisch nicht erreichen.

Sollte etwas dazwischengekommen sein, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Ulrike Stratmann
Verwaltungsleitung
Museum für Angewandte Keramik Köln
An der Rechtschule 3, 50667 Köln
""",
    ),
    msg(
        id="lemaire_missed", kind=MISS, lang="fr", company="Cabinet Lemaire Culture",
        frm=LEMAIRE, date="2026-07-09 14:25", reply="lemaire_invite",
        subject="Notre rendez-vous téléphonique de 14 h", subj_enc=("utf-8", "q"),
        body="""
Bonjour Madame Achterberg,

J'ai essayé de vous joindre à 14 h comme convenu, à deux reprises, sans succès. Je vous
ai laissé un message vocal.

N'hésitez pas à me rappeler au 01 55 50 63 12 ou à me proposer un autre créneau cette
semaine ; mon client souhaite avancer rapidement.

Bien cordialement,
Sophie Lemaire
Cabinet Lemaire Culture
""",
    ),
    msg(
        id="zub_missed", kind=MISS, lang="es", company="Museo Zubiarte", frm=ZUB_HUMAN,
        date="2026-07-20 12:31", reply="zub_invite",
        subject="Entrevista de hoy a las 12:00", html="auto",
        body="""
Hola Rosalind:

Unai y yo te hemos estado esperando en la videollamada desde las 12:00 y no te has
conectado. También te hemos llamado al móvil, sin respuesta.

Esperamos que estés bien. Si sigues interesada en el puesto, escríbenos y buscamos otro
momento esta semana.

Un saludo,
Itziar Goikoetxea
Jefa de Colecciones - Museo Zubiarte
""",
    ),
    msg(
        id="uribarri_missed", kind=MISS, lang="es", company="Galería Uribarri", frm=URIBARRI,
        name_enc=("iso-8859-1", "q"), date="2026-08-06 19:10",
        subject="Te esperábamos ayer en la galería", subj_enc=("iso-8859-1", "q"),
        cs="iso-8859-1", cte="quoted-printable", reply="uribarri_apply",
        body="""
Hola Rosalind:

Ayer a las 17:30 te esperábamos en la galería para la entrevista, tal como quedamos por
teléfono, pero no llegaste. Te llamé un par de veces y no contestabas.

Si todavía te interesa el puesto de coordinadora de registro, dímelo y vemos si
encontramos otro hueco la semana que viene.

Saludos,
Josune Uribarri
Galería Uribarri
Calle Henao 11, Bilbao
""",
    ),
]

MESSAGES: list[dict] = INVITES + MISSED
