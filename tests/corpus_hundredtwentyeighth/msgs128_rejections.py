"""Rejections of the hundred-twenty-eighth corpus, written one by one."""

from __future__ import annotations

from msgs128_common import M, ats, gmail, outlook, q

MESSAGES = []

# 1. Workday, no-reply, HTML only, the "more closely matches" soft rejection.
_body = """Dear Valentina,

Thank you for your interest in the Revenue Analyst (Santiago) position at Altamar Hotels & Resorts and for the time you invested in your application.

We received a large number of strong applications. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of this role.

We encourage you to keep an eye on our [careers site](https://altamar.wd3.myworkday.com/altamar_careers) and to apply for future openings that match your profile.

Kind regards,
Talent Acquisition
Altamar Hotels & Resorts"""
MESSAGES.append(M(
    "rejection", "workday_soft_more_closely", "en", "Altamar Hotels & Resorts", "",
    ("Altamar Hotels & Resorts", "altamar@myworkday.com"),
    "Your application for Revenue Analyst (Santiago) - R-004417", "2026-02-11 14:03 +0000", _body,
    st="html", mua="ats", cte="qp",
    html=ats(_body, title="Altamar Hotels & Resorts", logo="https://altamar.wd3.myworkday.com/altamar/assets/logo",
             logo_alt="Altamar Hotels & Resorts", color="#0e3b5c",
             track="https://click.myworkday.com/ls/click?upn=altamar-r004417-",
             pixel="https://click.myworkday.com/wf/open?upn=altamar-r004417-px",
             footer="This email was sent from an unmonitored mailbox. Please do not reply.<br>"
                    "Altamar Hotels &amp; Resorts S.A. &middot; Av. Nueva Costanera 4010, Vitacura, Santiago, Chile<br>"
                    "<a href=\"https://altamar.wd3.myworkday.com/privacy\" style=\"color:#8a8a8a;\">Candidate privacy notice</a>"),
))

# 2. Greenhouse, recruiter's Reply-To, rejection after two interviews, alternative.
_body = """Hi Valentina,

I wanted to get back to you personally after your conversations with Jaime and Sofía last week. Thank you for the energy you brought; the team genuinely enjoyed the case discussion on the Lisbon pricing calendar.

This was a close call, but we've decided not to move forward with your application for the Operations Associate role. The deciding factor was hands-on experience running supplier operations at scale, which the other finalist brings.

If it helps, I'm happy to share more detailed feedback on a short call - just reply here.

All the best,
Lucy

Lucy Okafor
Senior Recruiter, Roamly
roamly.example.com"""
MESSAGES.append(M(
    "rejection", "greenhouse_after_two_interviews", "en", "Roamly", "lucy.okafor@roamly.example.com",
    ("Lucy Okafor via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "Roamly - Operations Associate", "2026-03-19 17:42 +0100", _body,
    reply_to=("Lucy Okafor", "lucy.okafor@roamly.example.com"), st="alt", cte="qp",
    html=ats(_body, title="Roamly", logo="https://s3.amazonaws.example.com/greenhouse/roamly/logo.png",
             logo_alt="Roamly", color="#ff5a36", bg="#ffffff",
             pixel="https://us.greenhouse-mail.io/o/eJx-roamly-77321.gif",
             footer="Powered by <a href=\"https://www.greenhouse.example.com\" style=\"color:#8a8a8a;\">Greenhouse</a>"),
))

# 3. Terse one-liner from the iPhone of a hiring manager; the quoted mail is hers.
MESSAGES.append(M(
    "rejection", "terse_iphone_reply", "es", "Hotel Cerro Alegre", "iparada@hotelcerroalegre.example.cl",
    ("Ignacio Parada", "iparada@hotelcerroalegre.example.cl"),
    "Re: Postulación Jefa de Recepción - Hotel Cerro Alegre", "2026-01-22 21:17 -0300",
    """Valentina, gracias, pero nos quedamos con otra persona. Saludos

Enviado desde mi iPhone

El 19-01-2026, a las 9:40, Valentina Ruiz-Achterberg <valentina.ra@example.cl> escribió:

""" + q("""Estimado Ignacio:

Le escribo por el aviso de Jefa de Recepción del Hotel Cerro Alegre. Trabajo hace seis años como guía en Valparaíso, hablo inglés, francés y alemán, y este semestre terminé un diplomado en revenue management.

Adjunto mi CV. Quedo atenta a una posible entrevista, cuando a usted le acomode.

Saludos cordiales,
Valentina Ruiz-Achterberg
+56 9 6123 4471"""),
    mua="iphone", charset="utf-8", cte="8bit",
    irt="<4A7C1F02-9B11-4C55-8E21-0C6A3D9F1B77@example.cl>",
))

# 4. Winery role put on hold, role mailbox signed by a person who invites a reply; voseo.
MESSAGES.append(M(
    "rejection", "winery_role_on_hold", "es", "Bodega Las Acequias", "rrhh@lasacequias.example.ar",
    ("RRHH Bodega Las Acequias", "rrhh@lasacequias.example.ar"),
    "Búsqueda Coordinador/a de Enoturismo", "2026-04-08 11:26 -0300",
    """Hola Valentina, ¿cómo estás?

Te escribo para contarte una novedad sobre la búsqueda de Coordinador/a de Enoturismo. Por una decisión de la dirección, la posición quedó en pausa hasta después de la vendimia del año que viene y no vamos a avanzar con el proceso por ahora.

Sabemos que te tomaste el trabajo de armar la propuesta de recorridos para Luján de Cuyo y te lo agradecemos un montón; nos pareció muy buena.

No podemos prometerte nada para más adelante, pero si se reabre te vamos a avisar. Cualquier consulta, respondé este mail y lo vemos.

Un abrazo,
Florencia Gatica
Recursos Humanos
Bodega Las Acequias
Ruta Provincial 15 km 29, Perdriel, Mendoza
(0261) 488-1203""",
    charset="iso-8859-1", cte="qp",
))

# 5. SuccessFactors, filled internally, HTML only; brand differs from the legal entity.
_body = """Hola, Valentina:

Te escribimos en relación con tu candidatura para Responsable de Revenue Management - Hotel Meridiana Castellana (Madrid).

Queremos contarte que la vacante se ha cubierto mediante una promoción interna, por lo que el proceso de selección queda cerrado. Tu candidatura no seguirá adelante en esta ocasión.

Te agradecemos sinceramente el interés mostrado en formar parte de nuestro equipo. Tus datos se conservarán durante doce meses por si surgiera una oportunidad adecuada a tu perfil.

Un cordial saludo,
El equipo de Talento de Hoteles Meridiana"""
MESSAGES.append(M(
    "rejection", "successfactors_filled_internally", "es", "Hoteles Meridiana", "",
    ("Hoteles Meridiana - Selección", "HotelesMeridiana@successfactors.eu"),
    "Tu candidatura: Responsable de Revenue Management", "2026-05-06 09:12 +0200", _body,
    st="html", mua="ats", cte="base64",
    html=ats(_body, title="Hoteles Meridiana", logo="https://career5.successfactors.eu/doc-cache/meridiana/logo.png",
             logo_alt="Hoteles Meridiana", color="#7a1f2b",
             footer="Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.<br>"
                    "Responsable del tratamiento: Meridiana Hospitality Group, S.L. &ndash; CIF B-86123457 &ndash; "
                    "Paseo de la Castellana 140, 28046 Madrid. Puedes ejercer tus derechos en "
                    "<a href=\"mailto:privacidad@meridiana.example.es\" style=\"color:#8a8a8a;\">privacidad@meridiana.example.es</a>."),
))

# 6. Speculative application declined by a French group; role mailbox signed, invites a reply.
MESSAGES.append(M(
    "rejection", "speculative_riviera", "fr", "Groupe Riviera Hospitalité", "recrutement@riviera-hospitalite.example.fr",
    ("Recrutement Groupe Riviera Hospitalité", "recrutement@riviera-hospitalite.example.fr"),
    "Votre candidature spontanée", "2026-02-24 10:05 +0100",
    """Madame,

Nous avons bien pris connaissance de votre candidature spontanée pour un poste dans le domaine de l'exploitation hôtelière et du revenue management, et nous vous remercions de l'intérêt que vous portez à notre groupe.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable : nous n'avons actuellement aucun poste ouvert correspondant à votre profil sur nos établissements de Nice et d'Antibes.

Si vous souhaitez que nous conservions votre CV pour de futures ouvertures, n'hésitez pas à revenir vers nous par retour de mail.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Camille Ferrand
Chargée de recrutement
Groupe Riviera Hospitalité SAS
12, promenade des Anglais - 06000 Nice""",
    charset="windows-1252", cte="qp",
))

# 7. Personal rejection after the final interview from Cusco; pipe signature with legal form.
MESSAGES.append(M(
    "rejection", "after_final_interview_cusco", "es", "Inkallpa Lodges", "rquispe@inkallpa.example.pe",
    ("Rodrigo Quispe Huamán", "rquispe@inkallpa.example.pe"),
    "Proceso Asistente de Gerencia de Operaciones", "2026-06-15 18:50 -0500",
    """Estimada Valentina:

Muchas gracias por viajar hasta Cusco para la entrevista final con el directorio; sé que no es poca cosa venir desde Valparaíso.

Te escribo para comunicarte que, luego de evaluar a las tres finalistas, el directorio decidió ofrecer el puesto a una candidata que ya gestionó lodges de altura en el Valle Sagrado. Fue una decisión difícil y tu presentación sobre tarifas dinámicas por temporada dejó muy buena impresión.

Te deseo mucho éxito. Si en algún momento vuelves por Cusco, escríbeme y tomamos un café.

Un abrazo,
Rodrigo

Rodrigo Quispe Huamán | Gerente de Operaciones | Inkallpa Lodges S.A.C.
Calle Plateros 348, Cusco | +51 84 231 907""",
    charset="utf-8", cte="qp",
))

# 8. Taleo, plain text, windows-1252, airline, no-reply.
MESSAGES.append(M(
    "rejection", "taleo_airline_plain", "es", "Aerolíneas Andesur", "",
    ("Aerolíneas Andesur - Selección", "andesur-noreply@taleo.net"),
    "Estado de tu postulación - Analista de Ingresos Aeropuerto SCL (N° 26-0187)", "2026-03-03 08:31 -0300",
    """Hola Valentina Ruiz-Achterberg,

Agradecemos tu interés en formar parte de Aerolíneas Andesur y el tiempo dedicado a tu postulación al cargo Analista de Ingresos Aeropuerto SCL (N° 26-0187).

Luego de revisar cuidadosamente los antecedentes de todas las personas postulantes, te informamos que en esta oportunidad no continuarás en el proceso de selección.

Tu perfil quedará registrado en nuestra base de datos y podrás postular a otras vacantes desde el portal de empleo.

Atentamente,
Gerencia de Personas
Aerolíneas Andesur S.A.

--------------------------------------------------
Este correo fue generado automáticamente, por favor no lo respondas.
Aerolíneas Andesur S.A. - Av. Américo Vespucio 901, Pudahuel, Santiago.""",
    mua="ats", charset="windows-1252", cte="qp",
))

# 9. Agency writes about its own mandate without naming the client.
MESSAGES.append(M(
    "rejection", "agency_unnamed_client", "es", "Talento Austral Consultores", "mjose.vidal@talentoaustral.example.cl",
    ("María José Vidal", "mjose.vidal@talentoaustral.example.cl"),
    "Proceso Subgerente/a de Operaciones - cliente sector hotelero", "2026-04-21 16:14 -0400",
    """Hola Valentina:

Te cuento cómo terminó el proceso de Subgerente/a de Operaciones que estamos llevando para nuestro cliente del sector hotelero en la V Región.

El cliente revisó la terna y optó por avanzar con otro perfil, con más años de jefatura directa de equipos de housekeeping y mantención. Tu candidatura no continúa en este proceso.

Igual quiero decirte que tu entrevista con nosotros fue de las mejores y me gustaría mantenerte en carpeta para otras búsquedas de hotelería y turismo que se abran este semestre.

Un saludo afectuoso,

María José Vidal
Consultora Senior | Talento Austral Consultores
Av. Libertad 1405, of. 1102, Viña del Mar
www.talentoaustral.example.cl""",
    charset="iso-8859-1", cte="8bit",
))

# 10. Agency relays a named client's decision, alternative from Gmail.
_body = """Hola Valentina, buenas tardes.

Ayer tuve la devolución de Molina & Ferraro Hoteles sobre la búsqueda de Jefa de Revenue para el hotel de San Telmo. Decidieron seguir con otra candidata que ya trabajaba con su channel manager, así que no vamos a continuar con tu postulación para esta posición.

Me dijeron que les gustó mucho tu manejo de idiomas y que tu perfil les cierra para algo más adelante. Yo te tengo en cuenta.

Saludos,
Pablo

Pablo Ferreyra
Selecta Búsquedas · Executive Search Hotelería
Av. Corrientes 1250, 8º piso - CABA
+54 11 4328 7710"""
MESSAGES.append(M(
    "rejection", "agency_named_client_ba", "es", "Molina & Ferraro Hoteles", "pferreyra@selectabusquedas.example.ar",
    ("Pablo Ferreyra", "pferreyra@selectabusquedas.example.ar"),
    "Búsqueda Jefa de Revenue - San Telmo", "2026-05-28 15:33 -0300", _body,
    st="alt", mua="gmail", html=gmail(_body), cte="qp",
))

# 11. Lever, after an interview, English-speaking start-up in Buenos Aires.
_body = """Hi Valentina,

Thanks so much for taking the time to talk with Nico and me about the Partner Operations Lead role at Trippa.

We've now finished the interviews and, after a lot of discussion, we've decided to go with another candidate for this position. We know that's not the news you were hoping for.

Your knowledge of how tour operators actually work on the ground really stood out, and we'd love to stay in touch as the team grows.

Best,
Martina Sosa
People & Talent, Trippa"""
MESSAGES.append(M(
    "rejection", "lever_after_interview", "en", "Trippa", "martina@trippa.example.com",
    ("Trippa", "no-reply@hire.lever.co"),
    "Your application to Trippa", "2026-07-02 13:20 -0300", _body,
    reply_to=("Martina Sosa", "martina@trippa.example.com"), st="html", mua="ats", cte="qp",
    html=ats(_body, title="Trippa", logo="https://lever-client-logos.s3.amazonaws.example.com/trippa.png",
             logo_alt="Trippa", color="#5b3df5", bg="#ffffff",
             footer="Sent via <a href=\"https://hire.lever.co\" style=\"color:#8a8a8a;\">Lever</a> on behalf of Trippa"),
))

# 12. SmartRecruiters, Zurich hotel, German Sie, HTML only, Handelsregister footer.
_body = """Guten Tag Frau Ruiz-Achterberg

Vielen Dank für Ihre Bewerbung als Front Office Manager (80-100 %) und das Interesse am Hotel Limmatblick.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil unseren aktuellen Anforderungen noch besser entspricht.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Ihr Hotel Limmatblick
Human Resources"""
MESSAGES.append(M(
    "rejection", "smartrecruiters_zurich", "de", "Hotel Limmatblick", "",
    ("Hotel Limmatblick AG", "no-reply@smartrecruiters.com"),
    "Ihre Bewerbung als Front Office Manager (80-100 %)", "2026-03-27 10:48 +0100", _body,
    st="html", mua="ats", charset="utf-8", cte="qp",
    html=ats(_body, title="Hotel Limmatblick", logo="https://c.smartrecruiters.com/sr-company-logo-prod/limmatblick.png",
             logo_alt="Hotel Limmatblick", color="#243a5e",
             pixel="https://jobs.smartrecruiters.com/open/pixel/limmatblick-88213.gif",
             footer="Hotel Limmatblick AG &middot; Limmatquai 62 &middot; 8001 Zürich &middot; CHE-109.482.331<br>"
                    "Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen."),
))

# 13. Personio, Zurich hotel group, alternative, Geschäftsführer footer; brand is the signature.
_body = """Sehr geehrte Frau Ruiz-Achterberg,

herzlichen Dank für Ihr Interesse an der Position Revenue Manager (m/w/d) bei der Alpenglanz Hotelgruppe.

Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider eine Absage erteilen. Diese Entscheidung ist keine Bewertung Ihrer Person; ausschlaggebend war die geforderte mehrjährige Erfahrung mit IDeaS oder Duetto.

Mit Ihrer Einwilligung bewahren wir Ihre Unterlagen gerne für künftige Vakanzen auf. Sie können diese jederzeit über Ihr Bewerberkonto widerrufen.

Mit freundlichen Grüssen
Sabine Wyss
People & Culture | Alpenglanz Hotelgruppe

Alpenglanz Hospitality AG, Bahnhofstrasse 71, 8001 Zürich
Geschäftsführer: Dr. Reto Casutt, Anja Brändli | Handelsregister: CHE-312.554.018"""
MESSAGES.append(M(
    "rejection", "personio_absage_alternative", "de", "Alpenglanz Hotelgruppe", "",
    ("Alpenglanz Hotelgruppe", "alpenglanz-jobs@mail.personio.de"),
    "Absage: Revenue Manager (m/w/d)", "2026-06-09 16:02 +0200", _body,
    st="alt", mua="ats", charset="utf-8", cte="base64",
    html=ats(_body, title="Alpenglanz Hotelgruppe", logo="https://alpenglanz.jobs.personio.de/logo.png",
             logo_alt="Alpenglanz Hotelgruppe", color="#3c6e47",
             footer="Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese Nachricht."),
))

# 14. Start-up founder, du, plain 8bit, Gmail quote with a misleading "Einladung".
MESSAGES.append(M(
    "rejection", "founder_du_quote", "de", "Gipfelwerk", "lukas@gipfelwerk.example.ch",
    ("Lukas Meier", "lukas@gipfelwerk.example.ch"),
    "Re: Ops-Rolle bei Gipfelwerk", "2026-08-13 22:05 +0200",
    """Hey Valentina,

sorry, dass es so lange gedauert hat. Wir haben uns jetzt für jemanden entschieden, der schon bei einem Buchungsportal im Supply gearbeitet hat - das hat am Ende den Ausschlag gegeben. Ist also leider eine Absage.

Hat mich echt gefreut, dich kennenzulernen. Wenn du mal in Zürich bist, meld dich, dann gibt's einen Kaffee am See.

Liebe Grüsse
Lukas

Am Di., 4. Aug. 2026 um 09:12 Uhr schrieb Valentina Ruiz-Achterberg <valentina.ra@example.cl>:

""" + q("""Hallo Lukas,

danke nochmals für das Gespräch am Freitag! Ich habe mich sehr über die Einladung gefreut und bin nach wie vor begeistert von der Idee, Bergführer direkt buchbar zu machen.

Gibt es schon Neuigkeiten zum weiteren Ablauf?

Viele Grüsse
Valentina"""),
    mua="gmail", charset="utf-8", cte="8bit",
    irt="<CA+vra8821QkX0-Ops4uGipfel=Q@mail.example.cl>",
))

# 15. Outlook, French, after an interview; the quoted invitation speaks of an entretien.
_new = """Bonjour Valentina,

Je reviens vers vous suite à notre entretien du 12 mars pour le poste de Responsable des excursions à terre.

Nous avons beaucoup apprécié nos échanges. Après réflexion, nous avons toutefois décidé de retenir une autre candidature, dont l'expérience en escale correspond davantage à nos besoins pour la saison 2026.

Je vous remercie pour votre disponibilité et vous souhaite pleine réussite dans vos recherches.

Bien cordialement,

Hélène Marchetti
Responsable RH Navigants & Escales
Croisières Lumière
Quai du Commerce - 06300 Nice
Tél. +33 4 93 55 61 20"""
_head = """De : Hélène Marchetti <h.marchetti@croisieres-lumiere.example.fr>
Envoyé : mercredi 4 mars 2026 11:20
À : Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Objet : Entretien - Responsable des excursions à terre"""
_quoted = """Bonjour Valentina,

Votre profil a retenu toute notre attention et nous souhaiterions vous proposer un entretien en visioconférence le jeudi 12 mars à 15h00 (heure de Paris).

Merci de me confirmer votre disponibilité.

Hélène Marchetti"""
MESSAGES.append(M(
    "rejection", "outlook_fr_after_interview", "fr", "Croisières Lumière", "h.marchetti@croisieres-lumiere.example.fr",
    ("Hélène Marchetti", "h.marchetti@croisieres-lumiere.example.fr"),
    "RE: Entretien - Responsable des excursions à terre", "2026-03-25 09:41 +0100",
    _new + "\n\n" + _head + "\n\n" + _quoted,
    st="alt", mua="outlook", html=outlook(_new, _head, _quoted), charset="utf-8", cte="qp",
    irt="<AM0PR03MB8811C2E7F0A4B9D1@croisieres-lumiere.example.fr>",
))

# 16. iCIMS, French, HTML only, no-reply.
_body = """Bonjour Valentina,

Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste d'Assistant(e) Revenue Manager - Azur Palace Nice (réf. 2026-0412).

Malheureusement, votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous vous invitons à consulter régulièrement nos offres et à postuler à celles qui correspondent à votre parcours.

Cordialement,
L'équipe Recrutement
Azur Palace Hôtels"""
MESSAGES.append(M(
    "rejection", "icims_fr_not_retained", "fr", "Azur Palace Hôtels", "",
    ("Azur Palace Hôtels - Recrutement", "azurpalace-ne-pas-repondre@icims.com"),
    "Votre candidature - Assistant(e) Revenue Manager (réf. 2026-0412)", "2026-05-14 07:55 +0200", _body,
    st="html", mua="ats", charset="iso-8859-1", cte="qp",
    html=ats(_body, title="Azur Palace Hôtels", logo="https://careers-azurpalace.icims.com/logo.gif",
             logo_alt="Azur Palace Hôtels", color="#b08d3c", font="Georgia,serif",
             track="https://careers-azurpalace.icims.com/r?u=",
             footer="Merci de ne pas répondre à ce message envoyé automatiquement.<br>"
                    "Azur Palace Hôtels SAS &ndash; RCS Nice 512 448 901 &ndash; 37, boulevard Franck Pilatte, 06300 Nice<br>"
                    "<a href=\"https://careers-azurpalace.icims.com/unsubscribe\" style=\"color:#8a8a8a;\">Se désabonner des alertes emploi</a>"),
))

# 17. Role put on hold, cruise line, recruiter's own address.
MESSAGES.append(M(
    "rejection", "cruise_requisition_on_hold", "en", "Oceanic Star Cruises", "d.hollis@oceanicstar.example.com",
    ("Dana Hollis", "d.hollis@oceanicstar.example.com"),
    "Update", "2026-09-01 12:10 -0400",
    """Hello Valentina,

I'm sorry to be writing with this news. Following a review of our South America deployment for the 2026/27 season, the Shore Excursions Operations Manager requisition has been put on hold and we will not be proceeding with any of the candidates currently in process, including yourself.

I know you were due to meet Captain Ruiz's team next week; those conversations will not go ahead.

Thank you for your patience through a long process. I would be glad to reach out if the role is reopened.

Regards,

Dana Hollis
Talent Acquisition Partner - Marine & Port Operations
Oceanic Star Cruises
1200 Port Boulevard, Miami, FL 33132
Oceanic Star Cruises Ltd. is registered in Bermuda. This email and any attachments are confidential and intended solely for the addressee.""",
    mua="outlook", charset="utf-8", cte="7bit",
))

# 18. Job platform reports the employer's decision.
_body = """Hi Valentina,

There's an update on your application for Night Auditor / Revenue Assistant at Harbourline Hotels (Madrid Retiro).

The employer has reviewed your application and decided not to move forward at this time.

Don't be discouraged - there are 214 new hospitality jobs in Madrid this week.

[See similar jobs](https://www.hirely.example.com/jobs?q=revenue&l=Madrid)

The Hirely team"""
MESSAGES.append(M(
    "rejection", "job_platform_update", "en", "Harbourline Hotels", "",
    ("Hirely", "notifications@hirely.example.com"),
    "An update on your application to Harbourline Hotels", "2026-04-29 06:30 +0000", _body,
    st="html", charset="utf-8", cte="base64",
    hdrs=[("List-Unsubscribe", "<https://www.hirely.example.com/unsubscribe?t=vra-77>")],
    html=ats(_body, title="Hirely", logo="https://static.hirely.example.com/img/hirely-logo.png",
             logo_alt="Hirely", color="#2164f3", track="https://click.hirely.example.com/t?r=",
             pixel="https://click.hirely.example.com/o/vra-77.gif",
             button=("View application", "https://www.hirely.example.com/my-jobs"),
             footer="You received this email because you applied to a job on Hirely.<br>"
                    "Hirely, 1 Quay Street, Dublin 2, Ireland &middot; Registered in Ireland No 612345<br>"
                    "<a href=\"https://www.hirely.example.com/unsubscribe?t=vra-77\" style=\"color:#8a8a8a;\">Unsubscribe</a>"),
))

# 19. One terse line from a small tour operator, English.
MESSAGES.append(M(
    "rejection", "terse_tour_operator", "en", "Alpine Loop Tours", "tom@alpineloop.example.ch",
    ("Tom Baxter", "tom@alpineloop.example.ch"),
    "Re: Operations Coordinator", "2026-05-19 19:44 +0200",
    """Hi Valentina - we went another way on this one. Best of luck with the search.

Tom
Alpine Loop Tours

On 15 May 2026, at 10:02, Valentina Ruiz-Achterberg <valentina.ra@example.cl> wrote:

""" + q("""Hi Tom,

Just following up on the Operations Coordinator role - is there any news? I'm still very interested and could start in July.

Best regards,
Valentina"""),
    mua="apple", charset="utf-8", cte="7bit",
    irt="<5C0E8A11-3D27-4E60-9E02-7B6F1A2C9D30@example.cl>",
))

# 20. Workable, Reply-To a hiring mailbox that offers feedback by reply.
MESSAGES.append(M(
    "rejection", "workable_feedback_offer", "en", "Tourwise Analytics", "hiring@tourwise.example.com",
    ("Tourwise Analytics", "noreply@workablemail.com"),
    "Revenue Consultant (Spanish speaker) - Tourwise Analytics", "2026-06-24 10:17 +0200",
    """Dear Valentina,

Thank you for applying for the Revenue Consultant (Spanish speaker) position and for completing our pricing exercise.

Unfortunately we will not be moving forward with your application. Your exercise showed a good grasp of demand forecasting; however, we are looking for someone with at least three years in a hotel revenue role for this client-facing position.

If you would like more detailed feedback on the exercise, just reply to this email and Marta from our hiring team will get back to you.

Kind regards,
Tourwise Analytics
Calle de Alcalá 85, 28009 Madrid

--
Sent with Workable""",
    reply_to="hiring@tourwise.example.com", mua="ats", charset="utf-8", cte="qp",
))

# 21. Teamtailor, Málaga group, HTML only; the sender's display name is shorter than the signature.
_body = """¡Hola, Valentina!

Gracias por presentarte a la oferta de Supervisora de Operaciones en Hotel Alcazaba Centro. Hemos leído tu candidatura con atención.

Tras valorar todos los perfiles, hemos decidido continuar el proceso con otras personas cuya trayectoria se ajusta más a lo que buscamos ahora mismo. Sabemos que no es la respuesta que esperabas.

Nos encantaría seguir en contacto: puedes unirte a nuestra [comunidad de talento](https://grupoalcazaba.teamtailor.example.com/connect) y te avisaremos de nuevas vacantes.

Un abrazo,
Equipo de Personas · Grupo Hotelero Alcazaba"""
MESSAGES.append(M(
    "rejection", "teamtailor_malaga", "es", "Grupo Hotelero Alcazaba", "",
    ("Grupo Alcazaba", "no-reply@teamtailor-mail.com"),
    "Sobre tu candidatura en Grupo Alcazaba", "2026-07-16 12:44 +0200", _body,
    st="html", mua="ats", charset="utf-8", cte="qp",
    html=ats(_body, title="Grupo Hotelero Alcazaba", logo="https://assets.teamtailor-cdn.example.com/grupoalcazaba/logo.png",
             logo_alt="Grupo Hotelero Alcazaba", color="#c0572b",
             track="https://grupoalcazaba.teamtailor.example.com/r?l=",
             footer="Grupo Hotelero Alcazaba, S.L. &middot; Calle Alcazabilla 14, 29015 Málaga<br>"
                    "<a href=\"https://grupoalcazaba.teamtailor.example.com/privacy\" style=\"color:#8a8a8a;\">Política de privacidad</a> &middot; "
                    "<a href=\"https://grupoalcazaba.teamtailor.example.com/connect/unsubscribe\" style=\"color:#8a8a8a;\">Darse de baja</a>"),
))

# 22. BambooHR, Santiago travel-tech start-up, alternative, casual tú.
_body = """Hola Valentina,

Te queríamos contar que no seguiremos con tu postulación al cargo de Revenue Ops Analyst. Fue un proceso con muchísimos postulantes (¡más de 600!) y nos inclinamos por perfiles con más experiencia en SQL y modelos de pricing.

Gracias por el tiempo que le dedicaste al desafío técnico. Ojalá nos volvamos a cruzar.

Saludos,
Equipo Reservia
Reservia SpA · Apoquindo 3000, Las Condes"""
MESSAGES.append(M(
    "rejection", "bamboohr_startup", "es", "Reservia", "",
    ("Reservia", "notifications@app.bamboohr.com"),
    "Actualización sobre tu postulación - Revenue Ops Analyst", "2026-04-02 18:05 -0300", _body,
    st="alt", mua="ats", charset="utf-8", cte="base64",
    html=ats(_body, title="Reservia", logo="https://reservia.bamboohr.com/logos/reservia.png",
             logo_alt="Reservia", color="#19a974", bg="#ffffff",
             footer="Enviado con BambooHR. Este buzón no recibe respuestas."),
))

# 23. Municipal tourism corporation, public competition result, formal usted.
MESSAGES.append(M(
    "rejection", "municipal_concurso_result", "es", "Corporación Municipal de Turismo de Quintay", "concursos@turismoquintay.example.cl",
    ("Concursos Públicos - Turismo Quintay", "concursos@turismoquintay.example.cl"),
    "Resultado Concurso Público N° 03/2026 - Encargado/a de Operaciones Turísticas", "2026-05-22 17:30 -0400",
    """Señora
Valentina Ruiz-Achterberg
Presente

De nuestra consideración:

Por medio del presente, la Comisión de Selección del Concurso Público N° 03/2026 informa a usted que, concluida la etapa de evaluación psicolaboral y entrevista de valoración global, su postulación no fue seleccionada para integrar la terna propuesta a la Dirección Ejecutiva.

Agradecemos su participación y el interés demostrado en la Corporación. Las consultas sobre el puntaje obtenido pueden dirigirse a este mismo correo dentro de los cinco días hábiles siguientes.

Saluda atentamente a usted,

Comisión de Selección
Corporación Municipal de Turismo de Quintay
Caleta de Quintay s/n, Casablanca, Región de Valparaíso""",
    charset="iso-8859-1", cte="qp",
))

# 24. Lima hotel, short and plain, iso-8859-1 8bit.
MESSAGES.append(M(
    "rejection", "lima_hotel_short", "es", "Hotel Miraflores Costa Verde", "gabriela.salas@miraflorescostaverde.example.pe",
    ("Gabriela Salas", "gabriela.salas@miraflorescostaverde.example.pe"),
    "Convocatoria Jefe(a) de Reservas", "2026-08-05 09:58 -0500",
    """Buenos días Valentina,

Agradecemos tu participación en la convocatoria para Jefe(a) de Reservas. Lamentablemente no has sido seleccionada para continuar a la siguiente etapa.

Te deseamos éxitos.

Atte.
Gabriela Salas
Selección y Desarrollo
Hotel Miraflores Costa Verde
Malecón de la Reserva 615, Miraflores - Lima""",
    charset="iso-8859-1", cte="8bit",
))

# 25. NGO in Cusco, rejection after reviewing a speculative-ish application, usted, Outlook es quote.
_new = """Estimada Sra. Ruiz-Achterberg:

Gracias por su interés en colaborar con la Fundación y por la propuesta que nos envió.

Le comunicamos que el Consejo revisó su postulación al puesto de Coordinadora de Turismo Comunitario y ha decidido no continuar con ella. Buscamos una persona con dominio del quechua para acompañar a las comunidades de Patacancha y Huilloc, requisito que no se cumple en su caso.

Le deseamos mucho éxito.

Atentamente,
Verónica Huallpa Condori
Coordinación de Programas
Fundación Camino Inca Sostenible"""
_head = """De: Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Enviado: jueves, 2 de julio de 2026 10:15
Para: Verónica Huallpa <vhuallpa@caminoincasostenible.example.pe>
Asunto: Postulación Coordinadora de Turismo Comunitario"""
_quoted = """Estimada Verónica:

Adjunto mi CV y una propuesta breve de circuitos comunitarios. Quedo muy atenta a una entrevista y, si hay una oferta, podría trasladarme a Ollantaytambo en septiembre.

Saludos,
Valentina"""
MESSAGES.append(M(
    "rejection", "ngo_cusco_outlook_es", "es", "Fundación Camino Inca Sostenible", "vhuallpa@caminoincasostenible.example.pe",
    ("Verónica Huallpa Condori", "vhuallpa@caminoincasostenible.example.pe"),
    "RE: Postulación Coordinadora de Turismo Comunitario", "2026-07-20 15:22 -0500",
    _new + "\n\n________________________________\n" + _head + "\n\n" + _quoted,
    st="alt", mua="outlook", html=outlook(_new, _head, _quoted), charset="windows-1252", cte="qp",
    irt="<CAM9vra2207Camino0Inca+pos@example.cl>",
))

# 26. Cruise company in Valparaíso, after interview; the quoted chain talks of an offer.
_new = """Valentina, buenas tardes:

Muchas gracias por tu tiempo en las dos entrevistas. Te cuento que decidimos cerrar el proceso de Coordinadora de Operaciones Portuarias con otro candidato, que ya trabajó con navieras en el terminal de San Antonio.

Te agradezco de verdad el interés, y lamento no traer mejores noticias.

Saludos cordiales,

Cristián Olave Barra
Jefe de Operaciones Terrestres
Navimar Cruceros
Av. Errázuriz 1178, Valparaíso"""
MESSAGES.append(M(
    "rejection", "navimar_after_interviews", "es", "Navimar Cruceros", "colave@navimar.example.cl",
    ("Cristián Olave Barra", "colave@navimar.example.cl"),
    "RE: Segunda entrevista - Coordinadora de Operaciones Portuarias", "2026-03-12 17:08 -0300",
    _new + """

-----Original Message-----
From: Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Sent: Monday, March 9, 2026 8:55 AM
To: Cristián Olave Barra <colave@navimar.example.cl>
Subject: Re: Segunda entrevista - Coordinadora de Operaciones Portuarias

Hola Cristián, gracias por la segunda entrevista del viernes. Me quedó dando vueltas lo que comentaste sobre preparar una oferta para la temporada de cruceros; quedo atenta a los próximos pasos.

Saludos,
Valentina

-----Original Message-----
From: Cristián Olave Barra <colave@navimar.example.cl>
Sent: Tuesday, March 3, 2026 4:21 PM
To: Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Subject: Segunda entrevista - Coordinadora de Operaciones Portuarias

Valentina:

Quedaste entre los tres finalistas. Te invito a una segunda entrevista el viernes 6 de marzo a las 10:00 en el terminal (Av. Errázuriz 1178), con el gerente de la naviera. Trae tus ideas para la recepción de pasajeros en la temporada; queremos preparar una oferta de excursiones nueva y nos interesa tu mirada de guía.

Saludos,
Cristián

-----Original Message-----
From: Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Sent: Thursday, February 26, 2026 9:40 AM
To: Cristián Olave Barra <colave@navimar.example.cl>
Subject: RE: Entrevista - Coordinadora de Operaciones Portuarias

Muchas gracias por la entrevista de hoy, Cristián. Fue un gusto conocer el equipo de tierra.
Valentina""",
    mua="outlook", charset="iso-8859-1", cte="qp",
    irt="<CAM9vra0903Navimar+seg@example.cl>",
))

# 27. Peruvian agency relays a named client's decision after a video interview.
MESSAGES.append(M(
    "rejection", "kallpa_agency_named_client", "es", "Qhapaq Travel", "lorena.mamani@kallpatalent.example.pe",
    ("Lorena Mamani | Kallpa Talent", "lorena.mamani@kallpatalent.example.pe"),
    "Proceso Supervisor(a) de Operaciones Lima - Qhapaq Travel", "2026-09-10 11:40 -0500",
    """Hola Valentina, ¿qué tal?

Te escribo para darte la retroalimentación de Qhapaq Travel luego de la videoentrevista del martes con su gerente comercial.

Han decidido no avanzar con tu candidatura para el puesto de Supervisor(a) de Operaciones en Lima: buscan a alguien que ya viva en la ciudad y pueda incorporarse de inmediato. Valoraron mucho tu inglés y tu experiencia con grupos.

Gracias por tu disposición durante todo el proceso. Seguimos en contacto para otras oportunidades.

Saludos,
Lorena Mamani
Consultora de Selección
Kallpa Talent - Reclutamiento Especializado
Av. José Larco 1232, of. 503, Miraflores
www.kallpatalent.example.pe""",
    charset="utf-8", cte="8bit",
))

# 28. Cruise line in Madrid, short HTML rejection through Workday.
_body = """Hola Valentina:

Gracias por tu interés en Iberoceano Cruceros y por tu candidatura para Técnico/a de Pricing - Itinerarios Mediterráneo.

Lo sentimos, pero no vamos a continuar con tu candidatura en este proceso.

Te deseamos mucha suerte.

Iberoceano Cruceros - Talent Acquisition"""
MESSAGES.append(M(
    "rejection", "iberoceano_short_html", "es", "Iberoceano Cruceros", "",
    ("Iberoceano Cruceros Talent Acquisition", "iberoceano@myworkday.com"),
    "Iberoceano Cruceros: actualización de tu candidatura", "2026-10-06 08:10 +0000", _body,
    st="html", mua="ats", charset="utf-8", cte="qp",
    html=ats(_body, title="Iberoceano Cruceros", logo="https://iberoceano.wd3.myworkday.com/iberoceano/assets/logo",
             logo_alt="Iberoceano Cruceros", color="#003b73",
             pixel="https://click.myworkday.com/wf/open?upn=iberoceano-92011",
             footer="Iberoceano Cruceros, S.A. &middot; Calle de Serrano 41, 28001 Madrid &middot; "
                    "Inscrita en el Registro Mercantil de Madrid, Tomo 31.204, Folio 118, Hoja M-562011.<br>"
                    "No respondas a este mensaje: el buzón no está atendido."),
))

# 29. Family posada in Mendoza: the owner will not hire anyone (role will not be filled).
MESSAGES.append(M(
    "rejection", "family_posada_not_hiring", "es", "Posada Chacras de Coria", "marta@posadachacras.example.ar",
    ("Marta Lucero", "marta@posadachacras.example.ar"),
    "Re: La encargada para la posada", "2026-02-02 20:31 -0300",
    """Querida Valentina:

Te pido disculpas por la demora. Estuvimos hablando mucho en familia y al final decidimos no contratar a nadie de afuera para el puesto de encargada: mi hija Julieta vuelve de Córdoba en marzo y se va a hacer cargo ella de la posada.

Me dio mucha pena escribirte esto porque la charla por teléfono fue hermosa y se nota que sabés lo que hacés. Si algún día venís a Mendoza, acá tenés tu casa.

Un beso grande,
Marta
Posada Chacras de Coria
Viamonte 5120, Chacras de Coria, Luján de Cuyo

--- El lun, 26 ene 2026 a las 18:02, Valentina Ruiz-Achterberg escribió: ---
""" + q("""¡Hola Marta! Muchas gracias por la llamada de hoy, me encantó conocer la historia de la posada. Quedo atenta a cualquier novedad sobre la entrevista con tu marido.
Valentina"""),
    mua="apple", charset="windows-1252", cte="8bit",
    irt="<E1B22A7C-55D0-4A1B-8C3E-2F6D90A1B4E8@example.cl>",
))

# 30. Tour operator cancels the interview because the role will not be opened: a rejection.
MESSAGES.append(M(
    "rejection", "role_cancelled_interview_off", "es", "Rutas del Puerto", "jmunoz@rutasdelpuerto.example.cl",
    ("Javiera Muñoz", "jmunoz@rutasdelpuerto.example.cl"),
    "Entrevista del jueves", "2026-06-30 12:47 -0400",
    """Hola Valentina:

Te escribo con una mala noticia. La gerencia decidió finalmente no abrir el cargo de Jefa de Operaciones este año (el presupuesto se fue a renovar la flota de buses), así que tenemos que cancelar la entrevista del jueves y cerrar el proceso. No vamos a contratar a nadie para ese puesto.

Lo siento mucho, sé que te habías organizado para venir. Te agradezco un montón el interés.

Saludos,
Javiera Muñoz Contreras
Coordinadora de Personas
Rutas del Puerto SpA
Blanco 1131, Valparaíso · +56 32 225 4410""",
    charset="utf-8", cte="qp",
))

# 31. Public tourism office in France, formal letter, windows-1252, base64.
MESSAGES.append(M(
    "rejection", "office_tourisme_formal", "fr", "Office de Tourisme de Villefranche-Azur", "",
    ("Office de Tourisme de Villefranche-Azur", "ne-pas-repondre@ot-villefranche-azur.example.fr"),
    "Suite donnée à votre candidature - Chargé(e) d'accueil et de billetterie", "2026-09-18 14:26 +0200",
    """Madame Ruiz-Achterberg,

Vous avez bien voulu faire acte de candidature au poste de Chargé(e) d'accueil et de billetterie (catégorie C, contrat saisonnier d'un an) et nous vous en remercions.

Après examen de l'ensemble des candidatures par le jury, j'ai le regret de vous informer que votre candidature n'a pas été retenue.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Directeur et par délégation,
Le Service des Ressources humaines
Office de Tourisme de Villefranche-Azur
Établissement public industriel et commercial
1, place Amélie Pollonnais - 06230 Villefranche-sur-Mer

Ce message est envoyé automatiquement ; merci de ne pas y répondre.""",
    charset="windows-1252", cte="base64",
))
