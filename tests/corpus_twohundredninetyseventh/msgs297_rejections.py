"""Corpus 297: stand-alone rejections (ATS, human, agencies with named and unnamed clients,
roles filled, frozen or cancelled)."""

from __future__ import annotations

from msgs297_common import DISCLAIMER, html_shell

MESSAGES: list[dict[str, object]] = []
add = MESSAGES.append

add({
    "n": "zoomar_no", "k": "rejection", "lang": "es", "co": "ZooMar Barcelona", "ct": "",
    "frm": "ZooMar Barcelona <zoomar@talent.icims.com>",
    "subj": "Tu candidatura a Auxiliar de Bienestar Animal – ZooMar Barcelona",
    "date": "2026-02-18 10:04 +0000",
    "html": html_shell([
        "Hola Joaquín,",
        "Queremos agradecerte el interés en formar parte del equipo de Bienestar Animal de "
        "ZooMar Barcelona.",
        "Hemos recibido un número muy elevado de candidaturas y, tras revisarlas con detalle, "
        "en esta ocasión no hemos seleccionado tu perfil para pasar a la fase de entrevistas.",
        "Te animamos a seguir atento a nuestra web de empleo: publicamos plazas temporales para "
        "la temporada de verano a partir de abril.",
        "Un cordial saludo,\nDepartamento de Personas – ZooMar Barcelona",
    ], brand="ZooMar Barcelona", color="#00788a",
        footer="Moll de la Fusta s/n, 08039 Barcelona. Mensaje automático enviado con iCIMS."),
})
add({
    "n": "redvet_no", "k": "rejection", "lang": "es", "co": "Red Veterinaria Mediterránea", "ct": "",
    "frm": "Red Veterinaria Mediterránea <noreply@successfactors.eu>",
    "subj": "Proceso de selección 4471 – Responsable de Formación Clínica",
    "date": "2026-01-29 15:12 +0000", "cte": "base64",
    "text": """Estimado Joaquín:

Le agradecemos su participación en el proceso de selección para el puesto de Responsable de Formación Clínica (ref. 4471) en Valencia.

Una vez analizada su candidatura, le informamos de que no ha sido preseleccionada para continuar en el proceso. Esta decisión no supone una valoración negativa de su trayectoria profesional, sino la adecuación de los perfiles a las necesidades concretas del puesto.

Sus datos se conservarán en nuestra base de datos durante doce meses, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Dirección de Personas
Red Veterinaria Mediterránea
""",
})
add({
    "n": "ebro_no", "k": "rejection", "lang": "es", "co": "Croquetas Ebro", "ct": "beatriz.lacasa@croquetasebro.example.es",
    "frm": "Beatriz Lacasa <beatriz.lacasa@croquetasebro.example.es>",
    "subj": "Vacante delegado técnico zona Aragón", "date": "2026-02-24 17:40 +0100",
    "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Hola Joaquín:

Te escribo para cerrar el proceso de delegado técnico para la zona de Aragón. Al final hemos cubierto la vacante internamente: una compañera del departamento de atención al cliente, que lleva años con nosotros, ha pedido el traslado y la dirección ha preferido darle la oportunidad.

Siento no traerte mejores noticias después de lo bien que fue la llamada. Me guardo tu contacto.

Un saludo,
Beatriz Lacasa
Recursos Humanos · Croquetas Ebro
Pol. Ind. Malpica, calle E, nave 14 · 50016 Zaragoza
""",
})
add({
    "n": "moncayo_no", "k": "rejection", "lang": "es", "co": "Cooperativa Ganadera del Moncayo",
    "ct": "f.royo@cgmoncayo.example.es",
    "frm": "Fernando Royo <f.royo@cgmoncayo.example.es>",
    "subj": "Plaza de técnico de sanidad animal", "date": "2026-03-12 12:25 +0100",
    "cs": "iso-8859-1", "cte": "8bit",
    "text": """Estimado Sr. Ferreyra:

Le agradecemos el interés mostrado en la plaza de técnico de sanidad animal de nuestra cooperativa.

Lamentamos comunicarle que la Asamblea ha decidido no cubrir por ahora esta plaza, ya que la ADS de porcino de la comarca asumirá esas funciones el próximo año. Por tanto, no vamos a seguir adelante con el proceso de selección.

Le deseamos mucha suerte en su búsqueda.

Atentamente,
Fernando Royo Gil
Gerente
Cooperativa Ganadera del Moncayo
Avda. de Zaragoza 7 · 50500 Tarazona (Zaragoza)
""",
})
add({
    "n": "flexi_no", "k": "rejection", "lang": "es", "co": "Flexiempleo", "ct": "sonia.ortega@flexiempleo.example.es",
    "frm": "Sonia Ortega <sonia.ortega@flexiempleo.example.es>",
    "subj": "Feedback de tu candidatura - técnico de atención al cliente (sanidad animal)",
    "date": "2026-04-16 12:18 +0200",
    "text": """Buenos días Joaquín,

Ya tenemos respuesta de nuestro cliente, un laboratorio de sanidad animal de Valencia. Nos comentan que les ha gustado tu experiencia en clínica, pero han decidido seguir con otra persona con más experiencia en atención telefónica y en el uso de CRM.

Sentimos que no haya sido esta vez. Seguimos contando contigo para otras posiciones; te aviso en cuanto entre algo que encaje.

Saludos,
Sonia Ortega
Técnica de selección · Flexiempleo ETT · Delegación Valencia
C/ Colón 44, 46004 Valencia · 963 52 08 71
""",
})
add({
    "n": "turia_no", "k": "rejection", "lang": "es", "co": "Laboratorios Turia Vet", "ct": "",
    "frm": "Laboratorios Turia Vet <turiavet@taleo.net>",
    "subj": "Laboratorios Turia Vet - Estado de su solicitud (Req. 2600091)",
    "date": "2026-03-19 06:47 +0000",
    "text": """Estimado(a) Joaquín Ferreyra:

Gracias por su interés en el puesto Asesor(a) Técnico(a) de Producto - Animales de Compañía (Req. 2600091).

Hemos revisado detenidamente su solicitud y, aunque sus calificaciones son impresionantes, hemos decidido avanzar con otros candidatos cuya experiencia se ajusta más a los requisitos de este puesto.

Le agradecemos el tiempo invertido y le deseamos éxito en su carrera profesional.

Atentamente,
Equipo de Adquisición de Talento
Laboratorios Turia Vet

Por favor, no responda a este mensaje. Este buzón no se supervisa.
""",
})
add({
    "n": "segura_no", "k": "rejection", "lang": "es", "co": "Agroalimentaria del Segura", "ct": "m.lorca@agrosegura.example.es",
    "frm": "María Lorca <m.lorca@agrosegura.example.es>",
    "subj": "Proceso selección veterinario/a de campo - suspensión", "date": "2026-05-21 13:02 +0200",
    "text": f"""Estimado Joaquín:

Nos ponemos en contacto con usted para informarle de que el proceso de selección para técnico de campo de la sección de ovino y caprino ha quedado suspendido por la cooperativa hasta nuevo aviso, debido a la reorganización de los servicios veterinarios tras la fusión con la cooperativa de Cehegín.

Por ello, no continuaremos con las entrevistas previstas. Si en el futuro se reabre, publicaremos de nuevo la oferta.

Gracias por su interés.

María Lorca Navarro
Departamento de Personal · Agroalimentaria del Segura, Sdad. Coop.
Calle Mayor 3, 30510 Yecla (Murcia)

{DISCLAIMER["es"]}
""",
})
add({
    "n": "vetpharma_no", "k": "rejection", "lang": "es", "co": "Vetpharma Levante", "ct": "",
    "frm": "Vetpharma Levante <no-reply@ashbyhq.com>",
    "subj": "Actualización sobre tu candidatura en Vetpharma Levante", "date": "2026-05-04 09:20 +0000",
    "text": """Hola Joaquín,

Gracias por tu interés en el puesto de Key Account – Clínicas Veterinarias (Valencia y Castellón).

Hemos revisado tu candidatura con atención y, lamentablemente, no vamos a avanzar con ella en esta ocasión. Buscamos un perfil con al menos tres años de experiencia comercial en distribución farmacéutica veterinaria.

Gracias de nuevo por pensar en nosotros.

El equipo de Vetpharma Levante
""",
    "html": html_shell([
        "Hola Joaquín,",
        "Gracias por tu interés en el puesto de Key Account – Clínicas Veterinarias (Valencia y "
        "Castellón).",
        "Hemos revisado tu candidatura con atención y, lamentablemente, no vamos a avanzar con "
        "ella en esta ocasión. Buscamos un perfil con al menos tres años de experiencia "
        "comercial en distribución farmacéutica veterinaria.",
        "Gracias de nuevo por pensar en nosotros.",
        "El equipo de Vetpharma Levante",
    ], footer="Sent with Ashby"),
})
add({
    "n": "mascotia_no", "k": "rejection", "lang": "es", "co": "Mascotia", "ct": "",
    "frm": "Mascotia <noreply@workablemail.com>",
    "subj": "Mascotia – Customer Success Veterinario", "date": "2026-04-02 16:12 +0000",
    "subj_enc": ("utf-8", "Q"),
    "html": html_shell([
        "Hola Joaquín:",
        "Muchas gracias por tu tiempo y por presentarte a Customer Success Veterinario en "
        "Mascotia.",
        "Hemos decidido no seguir adelante con tu candidatura en este momento. Sabemos que "
        "recibir este mensaje no es agradable, y queremos que sepas que cada CV lo ha leído una "
        "persona del equipo.",
        "¡Mucha suerte con tu búsqueda!\nEquipo de Talento de Mascotia",
    ], brand="mascotia", color="#ff7a59", footer="Mascotia · Carrer de Pallars 108, Barcelona"),
})
add({
    "n": "santjordi_no", "k": "rejection", "lang": "es", "co": "Hospital Veterinari Sant Jordi",
    "ct": "anna.ferrer@hvsantjordi.example.es",
    "frm": "Anna Ferrer i Soler <anna.ferrer@hvsantjordi.example.es>",
    "subj": "RE: Entrevista coordinador de hospitalización", "date": "2026-05-29 19:22 +0200",
    "text": """Hola Joaquín,

Gracias por venir el martes y por la prueba práctica en la UCI. Todo el equipo coincidió en que tienes muy buena mano con los pacientes.

Aun así, después de las entrevistas nos hemos decantado por una candidata que ya ha coordinado equipos de auxiliares en un hospital de 24 horas, que es lo que más necesitamos ahora. Lo siento de veras.

Si en algún momento abrimos plaza de técnico en la línea de formación, te escribiré.

Una abraçada,
Anna Ferrer i Soler
Directora de Enfermería Veterinaria · Hospital Veterinari Sant Jordi
Carrer de Balmes 211, 08006 Barcelona
""",
})
add({
    "n": "bioalba_no", "k": "rejection", "lang": "es", "co": "Laboratorios Bioalba", "ct": "nuria.puig@talentiavet.example.es",
    "frm": "Núria Puig <nuria.puig@talentiavet.example.es>",
    "subj": "Respuesta de Laboratorios Bioalba", "date": "2026-04-24 11:11 +0200",
    "text": """Hola Joaquín:

Te llamo esta tarde, pero te adelanto por escrito: Laboratorios Bioalba ha cerrado el proceso de Delegado Técnico de Porcino en Lleida y ha elegido a otro candidato, con experiencia directa en granjas de porcino. Su feedback sobre ti ha sido bueno, especialmente en la parte de formación a clientes.

Sigo con tu perfil activo para otros clientes del sector.

Núria Puig
Partner · Talentia Vet Search
""",
})
add({
    "n": "huerva_no", "k": "rejection", "lang": "es", "co": "Piensos Huerva", "ct": "",
    "frm": "Piensos Huerva <notifications@bamboohr.com>",
    "subj": "Gracias por tu interés en Piensos Huerva", "date": "2026-07-06 08:45 +0000",
    "text": """Hola Joaquín:

Gracias por solicitar el puesto de Técnico de Nutrición Animal en Piensos Huerva (Cuarte de Huerva, Zaragoza).

Después de revisar tu solicitud, hemos decidido no seguir adelante con tu candidatura. Te deseamos lo mejor en tu búsqueda de empleo.

Atentamente,
Piensos Huerva
""",
})
add({
    "n": "selecta_no", "k": "rejection", "lang": "es", "co": "Selecta Agro Consultores",
    "ct": "ramon.esteve@selectaagro.example.es",
    "frm": "Ramón Esteve <ramon.esteve@selectaagro.example.es>",
    "rt": "Ramón Esteve <ramon.esteve@selectaagro.example.es>",
    "subj": "Posición Jefe de Producto Zoosanitarios", "date": "2026-07-22 18:15 +0200",
    "cs": "windows-1252", "cte": "8bit",
    "text": """Estimado Joaquín:

Ha sido un placer conversar contigo sobre la posición de Jefe de Producto Zoosanitarios para nuestro cliente, una multinacional del sector con sede en Barcelona cuyo nombre, como sabes, aún no puedo compartir.

Tras presentar la terna final, el cliente nos ha indicado que no continuará con tu candidatura: priorizan experiencia previa en marketing de producto. Te agradezco mucho la disponibilidad y la transparencia durante todo el proceso.

Quedo a tu disposición.

Ramón Esteve
Socio Director · Selecta Agro Consultores
Gran Via de les Corts Catalanes 630 · 08007 Barcelona
""",
})
# --- English ---
add({
    "n": "petnourish_no", "k": "rejection", "lang": "en", "co": "PetNourish", "ct": "",
    "frm": "PetNourish Careers <noreply@workablemail.com>",
    "subj": "Your application for Technical Nutrition Advisor", "date": "2026-02-26 13:30 +0000",
    "text": """Dear Joaquín,

Thank you for applying for the Technical Nutrition Advisor position at PetNourish.

We received a great number of applications, and after careful consideration we regret to inform you that we will not be taking your application further on this occasion.

We wish you every success in your job search.

Kind regards,
The PetNourish Hiring Team
""",
    "html": html_shell([
        "Dear Joaquín,",
        "Thank you for applying for the Technical Nutrition Advisor position at PetNourish.",
        "We received a great number of applications, and after careful consideration we regret "
        "to inform you that we will not be taking your application further on this occasion.",
        "We wish you every success in your job search.",
        "Kind regards,\nThe PetNourish Hiring Team",
    ], brand="PetNourish", color="#2e7d32"),
})
add({
    "n": "kestrel_no", "k": "rejection", "lang": "en", "co": "Kestrel Veterinary Group",
    "ct": "dan.okafor@harbourline.example.co.uk",
    "frm": "Dan Okafor <dan.okafor@harbourline.example.co.uk>",
    "subj": "Kestrel – feedback", "date": "2026-06-03 16:58 +0100",
    "text": f"""Hi Joaquín,

Quick one as promised. I've had feedback from Kestrel Veterinary Group on the Practice Support Coordinator role. Unfortunately they've decided not to progress you to the second stage: they loved your hands-on clinical background but want someone who has worked in a UK practice before, mainly because of the RCVS paperwork side.

Sorry to be the bearer of bad news. I'll keep you in mind for roles with remote or EU scope.

Cheers,
Dan Okafor
Senior Consultant – Veterinary & Animal Health
Harbourline Recruitment, 3rd floor, 22 Borough High Street, London SE1 9QG
T: +44 20 7946 0588

{DISCLAIMER["en"]}
""",
})
add({
    "n": "harrowhill_no", "k": "rejection", "lang": "en", "co": "Harrow Hill Animal Diagnostics", "ct": "",
    "frm": "Harrow Hill Animal Diagnostics <no-reply@ashbyhq.com>",
    "subj": "Update on your Harrow Hill application", "date": "2026-05-14 10:02 +0100",
    "text": """Hi Joaquín,

Thanks for your interest in the Field Application Scientist role at Harrow Hill Animal Diagnostics and for completing our technical questionnaire.

We've now reviewed all the responses, and we won't be moving forward with your application at this time. The team was looking for deeper experience with in-clinic haematology analysers from the manufacturer side.

We appreciate the time you put in and wish you the very best.

Harrow Hill Talent
""",
})
add({
    "n": "albion_no", "k": "rejection", "lang": "en", "co": "Albion Vet Labs", "ct": "",
    "frm": "Albion Vet Labs <albionvetlabs@talent.icims.com>",
    "subj": "Albion Vet Labs: Customer Support Specialist (Req #4410)",
    "date": "2026-08-19 07:40 +0100",
    "text": """Dear Joaquín Ferreyra,

Thank you for your interest in the Customer Support Specialist position (Req #4410).

We would like to let you know that this position has now been filled. We appreciate the time you invested in applying and encourage you to visit our careers page for future opportunities.

Sincerely,
Albion Vet Labs Talent Acquisition

This is an automated message. Please do not reply.
""",
})
# --- German ---
add({
    "n": "suedstern_no", "k": "rejection", "lang": "de", "co": "Tierklinik-Gruppe Südstern", "ct": "",
    "frm": "Tierklinik-Gruppe Südstern <noreply@softgarden.io>",
    "subj": "Ihre Bewerbung als Praxismanager (m/w/d) – Absage", "date": "2026-06-22 12:00 +0200",
    "html": html_shell([
        "Sehr geehrter Herr Ferreyra,",
        "vielen Dank für Ihr Interesse an einer Tätigkeit in der Tierklinik-Gruppe Südstern und "
        "die Zusendung Ihrer Bewerbungsunterlagen.",
        "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung "
        "nicht berücksichtigen können. Für die Stelle sind sehr gute Deutschkenntnisse (C1) im "
        "Kundenkontakt erforderlich.",
        "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
        "Mit freundlichen Grüßen\nPersonalabteilung Tierklinik-Gruppe Südstern",
    ], brand="Südstern Tierkliniken", color="#24427a",
        footer="Diese E-Mail wurde über softgarden versendet."),
})
add({
    "n": "vetlab_no", "k": "rejection", "lang": "de", "co": "VetLab Bayern", "ct": "",
    "frm": "VetLab Bayern Karriere <noreply@successfactors.eu>",
    "subj": "Rückmeldung zu Ihrer Bewerbung (Job-ID 10233)", "date": "2026-08-12 15:31 +0200",
    "text": """Sehr geehrter Herr Ferreyra,

nochmals vielen Dank für Ihre Bewerbung als Kundenberater Labordiagnostik (Job-ID 10233) und das Interview mit unserem Fachbereich.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

Mit freundlichen Grüßen
Ihr HR-Team
VetLab Bayern GmbH · Landshuter Allee 8 · 80637 München
""",
})
add({
    "n": "isartal_no", "k": "rejection", "lang": "de", "co": "Agrargenossenschaft Isartal",
    "ct": "m.huber@agrar-isartal.example.de", "frm": "Maria Huber <m.huber@agrar-isartal.example.de>",
    "subj": "Stelle Berater Tiergesundheit – Stelle entfällt", "date": "2026-07-09 09:48 +0200",
    "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Ferreyra,

leider muss ich Ihnen mitteilen, dass der Vorstand unserer Genossenschaft beschlossen hat, die ausgeschriebene Stelle „Berater Tiergesundheit Milchvieh“ nicht zu besetzen. Die Beratung wird künftig vom Landeskuratorium übernommen. Wir werden das Auswahlverfahren daher nicht fortsetzen.

Ich bedanke mich für Ihre Bewerbung und Ihr Interesse an unserer Genossenschaft.

Mit freundlichen Grüßen
Maria Huber
Personal / Verwaltung
Agrargenossenschaft Isartal eG · Hauptstraße 12 · 85375 Neufahrn
""",
})
add({
    "n": "alpen_no", "k": "rejection", "lang": "de", "co": "Alpen Personal", "ct": "t.gruber@alpen-personal.example.de",
    "frm": "Thomas Gruber <t.gruber@alpen-personal.example.de>",
    "subj": "Ihre Vorstellung bei unserem Kunden", "date": "2026-09-03 17:20 +0200",
    "text": """Hallo Herr Ferreyra,

ich habe heute von unserem Kunden (Hersteller von Tiernahrung im Raum Augsburg) Rückmeldung zum Gespräch erhalten. Leider hat man sich für einen anderen Bewerber entschieden.

Ich weiß, dass das ärgerlich ist, zumal Sie extra angereist sind. Die Reisekosten erstatten wir Ihnen wie vereinbart, bitte schicken Sie mir dazu die Belege.

Viele Grüße
Thomas Gruber
Personalberater · Alpen Personal GmbH
Rosenheimer Str. 145 · 81671 München
""",
})
# --- French ---
add({
    "n": "atlantique_no", "k": "rejection", "lang": "fr", "co": "Cliniques Vétérinaires Atlantique",
    "ct": "sophie.bernard@cv-atlantique.example.fr",
    "frm": "Sophie Bernard <sophie.bernard@cv-atlantique.example.fr>",
    "subj": "Votre candidature – Référent technique", "date": "2026-03-03 11:27 +0100",
    "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour Monsieur Ferreyra,

Nous avons bien étudié votre candidature au poste de référent technique pour nos cliniques de Gironde et vous remercions de l'intérêt que vous portez à notre groupe.

Malheureusement, nous ne pouvons pas y donner une suite favorable : votre profil, bien qu'intéressant, ne correspond pas tout à fait aux besoins actuels du poste, qui exige l'inscription à l'Ordre des ASV en France.

Nous vous souhaitons bonne chance dans vos recherches.

Sophie Bernard
Responsable des ressources humaines
Cliniques Vétérinaires Atlantique – 45 cours de Verdun, 33000 Bordeaux
""",
})
add({
    "n": "landes_no", "k": "rejection", "lang": "fr", "co": "Coopérative Landes Élevage",
    "ct": "p.dufau@landes-elevage.example.fr", "frm": "Pierre Dufau <p.dufau@landes-elevage.example.fr>",
    "subj": "Poste de technicien sanitaire", "date": "2026-07-15 10:02 +0200",
    "name_enc": ("utf-8", "Q"),
    "text": """Bonjour,

Je vous remercie pour votre candidature au poste de technicien sanitaire volailles.

Je vous informe que le poste a finalement été pourvu en interne par un technicien de notre service qualité. Nous ne donnerons donc pas suite à votre candidature.

Cordialement,
Pierre Dufau
Responsable du service élevage
Coopérative Landes Élevage – Route de Mont-de-Marsan, 40400 Tartas
""",
})
add({
    "n": "lemoine_no", "k": "rejection", "lang": "fr", "co": "Nutrivéto Sud-Ouest",
    "ct": "a.lemoine@cabinet-lemoine.example.fr",
    "frm": "Agathe Lemoine <a.lemoine@cabinet-lemoine.example.fr>",
    "subj": "Nutrivéto Sud-Ouest : retour de notre client", "date": "2026-08-25 18:40 +0200",
    "text": """Bonsoir Joaquín,

Je reviens vers vous après les entretiens chez Nutrivéto Sud-Ouest. Notre client a apprécié votre énergie et vos connaissances cliniques, mais il a retenu un autre candidat, déjà implanté auprès des cliniques bordelaises.

Je suis désolée de ce retour. Je garde précieusement votre dossier et je vous recontacterai si une mission plus adaptée se présente.

Bien cordialement,
Agathe Lemoine
Consultante associée – Cabinet Lemoine Conseil
8 allées de Tourny, 33000 Bordeaux – 05 57 14 22 90
""",
})
add({
    "n": "biogironde_no", "k": "rejection", "lang": "fr", "co": "Biogironde Diagnostics", "ct": "",
    "frm": "Biogironde Diagnostics <biogironde@smartrecruiters.com>",
    "subj": "Suite donnée à votre candidature", "date": "2026-04-29 08:05 +0000",
    "html": html_shell([
        "Bonjour Joaquín,",
        "Nous vous remercions de l'intérêt que vous portez à Biogironde Diagnostics et pour "
        "votre candidature au poste de Spécialiste support client – diagnostic vétérinaire.",
        "Après examen attentif de votre profil, nous sommes au regret de vous informer que nous "
        "ne sommes pas en mesure de retenir votre candidature pour ce poste.",
        "Nous conservons vos informations et n'hésiterons pas à revenir vers vous si une "
        "opportunité correspondant à votre profil se présentait.",
        "Cordialement,\nL'équipe Talents – Biogironde Diagnostics",
    ], brand="Biogironde Diagnostics", color="#3d5a80",
        footer="Merci de ne pas répondre à ce message automatique."),
})
