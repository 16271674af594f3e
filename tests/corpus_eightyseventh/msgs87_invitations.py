"""Interview invitations for the eighty-seventh corpus (data only; imports msgs87_build)."""

from msgs87_build import Msg

K = "interview_invitation"

MESSAGES = [
Msg(K, "calendly_fintech_es", "es",
    "Sergio Llamas <sergio.llamas@finaria.example.es>",
    "Finaria - siguiente paso",
    """Hola Valentina,

¡Gracias por aplicar a Product Analyst! Nos ha gustado mucho tu perfil y nos encantaría conocerte un poco más en una primera llamada de 30 min con el equipo.

Puedes elegir el hueco que mejor te venga aquí: https://calendly.example.com/finaria-talent/primera-llamada

Si ninguno te encaja, dime y lo buscamos.

Un saludo,
Sergio Llamas
Talent Partner @ Finaria""",
    company="Finaria", date="01-22 11:05"),

Msg(K, "phone_screen_telco_usted", "es",
    "Carmen Rivas <carmen.rivas@movilnorte.example.es>",
    "Entrevista telefónica - Analista de Pricing Residencial",
    """Buenos días Sra. Echeverría:

En relación con su candidatura para el puesto de Analista de Pricing Residencial, nos gustaría realizarle una breve entrevista telefónica de unos 20 minutos.

¿Tendría disponibilidad el próximo miércoles 4 de febrero entre las 10:00 y las 13:00? Le llamaríamos al número que figura en su CV.

Quedo a la espera de su respuesta.

Saludos cordiales,

Carmen Rivas
Técnico de Selección
MÓVILNORTE Telecomunicaciones
Tel. 944 000 218""",
    company="Móvilnorte Telecomunicaciones", date="01-29 09:31"),

Msg(K, "quick_chat_mx", "es",
    "Andrea Villaseñor <andrea.v@cafeterasolmeca.example.mx>",
    "¿Platicamos?",
    """Hola Valentina, ¿qué tal?

Vi tu postulación para Analista de E-commerce y me interesó mucho tu experiencia con CRM en retail. ¿Tendrías chance de una llamada rápida esta semana? Jueves o viernes por la tarde (hora CDMX) me acomoda bien.

Saludos!
Andrea Villaseñor
Gerente de Canal Digital | Cafetera Solmeca""",
    company="Cafetera Solmeca", tz="-06:00", date="02-09 13:12"),

Msg(K, "ics_teams_insurer", "es",
    "Pablo Moreno Sanz <pmoreno@seguroscierzo.example.es>",
    "Invitación: Entrevista Valentina Echeverría - Data & CRM Analyst @ jue 26 feb 2026 10:00 - 11:00 (CET)",
    """Hola Valentina,

Te envío la convocatoria para la entrevista con Nerea (Responsable de CRM) y conmigo. Será por Microsoft Teams, enlace abajo.

Unirse a la reunión de Microsoft Teams: https://teams.example.com/l/meetup-join/19%3ameeting_cierzo
Id. de reunión: 351 224 889 012

Un saludo,
Pablo Moreno Sanz
Seguros Cierzo · Talento""",
    company="Seguros Cierzo", ics={"summary": "Entrevista Valentina Echeverría - Data & CRM Analyst", "start": "2026-02-26T10:00+01:00", "minutes": "60", "location": "Microsoft Teams"}, date="02-20 16:44"),

Msg(K, "gupy_like_br_owned_es", "es",
    "Renata Albuquerque <renata.albuquerque@nuvemcred.example.com.br>",
    "Nuvemcred | Entrevista por videollamada",
    """Hola, Valentina! Todo bien?

Soy Renata, del equipo de Nuvemcred en Madrid. Perdón por mi español :) Tu candidatura para Growth Analyst pasó a la siguiente etapa y queremos hacer una videollamada por Google Meet con el Head de Growth.

Opciones:
- martes 10/03 - 16h
- miércoles 11/03 - 10h

Confirma cuál prefieres y te mando la invitación!

Beijos,
Renata""",
    company="Nuvemcred", date="03-04 15:20"),

Msg(K, "dinamica_grupo_ett", "es",
    "Alberto Cano <acano@grupoaxiona.example.es>",
    "Convocatoria dinámica de grupo - Promotor/a Digital Sevilla",
    """Hola Valentina,

Te convocamos a la dinámica de grupo para el proyecto de Promotor/a Digital de nuestro cliente Energía Guadalquivir, que se celebrará el lunes 16 de marzo a las 9:30 h en nuestras oficinas de Av. de la Constitución 20, 2ª planta, Sevilla.

Duración aproximada: 2 horas. Trae DNI/NIE y CV impreso.

Confírmanos tu asistencia respondiendo a este correo.

Saludos,
Alberto Cano
Consultor · Grupo Axiona""",
    company="Energía Guadalquivir", date="03-09 10:00"),

Msg(K, "greenhouse_selfschedule_es", "es",
    "Tiendanube Labs via Greenhouse <no-reply@us.greenhouse-mail.io>",
    "Agenda tu entrevista con Tiendanube Labs",
    """Hola Valentina,

¡Buenas noticias! Queremos avanzar con tu candidatura para Pricing Analyst y agendar una entrevista técnica (60 min) con el equipo de Data.

Por favor, elige un horario usando este enlace: https://app.greenhouse.example.io/scheduling/TNLabs-6620a

Si tenés alguna pregunta, respondé a Martina García (martina.garcia@tiendanubelabs.example.com).

Saludos,
Tiendanube Labs""",
    company="Tiendanube Labs", contact="martina.garcia@tiendanubelabs.example.com", fmt="html", logo="Tiendanube Labs", tz="-03:00", date="03-18 12:00"),

Msg(K, "entrevista_director_bogota", "es",
    "Juliana Restrepo <jrestrepo@cafesdelcauca.example.com.co>",
    "Entrevista con el Director Comercial",
    """Buenos días Valentina,

De acuerdo con lo conversado, le confirmamos la entrevista con el Director Comercial, Dr. Felipe Arango, el próximo jueves 9 de abril a las 8:00 a.m. en nuestra sede de Medellín (Cra. 43A #1-50, piso 7).

Por favor traer documento de identidad. Si prefiere hacerla virtual, nos avisa y le enviamos el link de Zoom.

Quedo atenta,

Juliana Restrepo
Analista de Gestión Humana
Cafés del Cauca S.A.S.""",
    company="Cafés del Cauca", tz="-05:00", date="04-01 07:55"),

Msg(K, "caso_practico_presentacion", "es",
    "Óscar Beltrán <oscar.beltran@lacasadelvino.example.es>",
    "Re: Re: Customer Insights - próximos pasos",
    """Hola Valentina,

Genial, recibido el caso! Nos ha gustado mucho. El siguiente paso seria que nos lo presentes en persona al equipo (Dirección de Marketing + Ventas), unos 20 min de presentación y luego preguntas.

¿Te va bien el viernes 24 a las 12h en la oficina de Logroño? Si te cuadra mejor por videollamada tampoco hay problema.

Un saludo

Óscar

El mar, 14 abr 2026 a las 23:10, Valentina Echeverría-Kowalczyk (<valentina.ek@example.es>) escribió:
> Hola Óscar, adjunto el caso práctico. Cualquier duda me dices.
> Un saludo""",
    company="La Casa del Vino", date="04-16 09:12"),

Msg(K, "club_futbol_panel", "es",
    "Departamento de Recursos Humanos <rrhh@cdvalencianos.example.es>",
    "Citación entrevista - Analista de Fan Engagement",
    """Estimada Valentina:

Nos complace comunicarte que has superado la fase de preselección para el puesto de Analista de Fan Engagement. Te citamos a una entrevista con el panel (Dirección de Marketing, Área Digital y RRHH) el martes 5 de mayo a las 17:30 en la Ciudad Deportiva (puerta 3, recepción).

Te rogamos confirmes tu asistencia.

Saludos cordiales,
Club Deportivo Valencianos
Recursos Humanos""",
    company="Club Deportivo Valencianos", contact="rrhh@cdvalencianos.example.es", charset="iso-8859-1", cte="quoted-printable", date="04-27 14:02"),

Msg(K, "chile_next_round_zoom", "es",
    "Francisca Olivares <folivares@retailandes.example.cl>",
    "Siguiente etapa proceso Jefe/a de Pricing",
    """Hola Valentina, ¿cómo estás?

Te cuento que pasaste a la siguiente etapa del proceso para Jefa de Pricing. La idea es tener una entrevista por Zoom con la Gerente de Pricing y Promociones el lunes 18 de mayo a las 11:00 (hora Chile).

Link: https://zoom.example.us/j/88412001234

Porfa confírmame si te acomoda, si no buscamos otra hora.

Saludos,
Francisca Olivares
Retail Andes · Selección y Desarrollo""",
    company="Retail Andes", tz="-04:00", date="05-12 10:40"),

Msg(K, "factorial_ics_barcelona", "es",
    "Ferran Puig <ferran@bicimetro.example.cat>",
    "Invitació / Invitación: Entrevista Bicimetro - Product Analyst",
    """Hola Valentina!

Te paso invitación para la entrevista de mañana con el equipo de producto. Es en la ofi (C/ Pujades 77, 22@), pregunta por mí en recepción.

Fins demà!
Ferran
Bicimetro""",
    company="Bicimetro", ics={"summary": "Entrevista Bicimetro - Product Analyst", "start": "2026-06-03T11:00+02:00", "minutes": "60", "location": "C/ Pujades 77, Barcelona"}, tz="+02:00", date="06-02 17:30"),

Msg(K, "en_agency_exclaim", "en",
    "Chloe Whitfield <chloe@brightpathrecruit.example.co.uk>",
    "Great news!!",
    """Hi Valentina!!

Amazing news - the hiring manager at Larkspur Foods LOVED your CV and wants to meet you! They'd like to do a 45 min video call on Tuesday 3rd March, any time between 2pm and 5pm UK time. Can you let me know what works best and I'll lock it in?

So excited for you!! Give me a ring if easier.

Chloe x

Chloe Whitfield | Senior Consultant | BrightPath Recruitment
M: 07700 900123""",
    company="Larkspur Foods", tz="+00:00", date="02-26 12:15"),

Msg(K, "en_goodtime_panel", "en",
    "Nimbus Air Recruiting <scheduling@goodtime.example.io>",
    "Action required: select times for your panel interview with Nimbus Air",
    """Hi Valentina,

Congratulations on moving forward in the process for Senior Analyst, Customer Insights!

Next is a virtual panel interview (3 x 45 minutes) with members of our Commercial team. Please submit your availability by clicking the link below:

https://nimbusair.goodtime.example.io/availability/6c1f0d

If you need any accommodations, please reply to Olivia Mensah at olivia.mensah@nimbusair.example.com.

Thanks,
Nimbus Air Talent Acquisition""",
    company="Nimbus Air", contact="olivia.mensah@nimbusair.example.com", fmt="alt", tz="-05:00", date="03-23 15:02"),

Msg(K, "en_dutch_owned", "en",
    "Sanne de Vries <sanne.devries@tulpdata.example.nl>",
    "Interview Pricing Analyst",
    """Dear Valentina,

Thank you for your application. We would like to invite you for a first interview for the Pricing Analyst position (remote, EU). The interview will be via Google Meet with myself and Bas (Team Lead Pricing) and will take about one hour.

Would Monday 13 April at 10:00 CET suit you? Otherwise please propose two alternatives.

Kind regards,
Sanne de Vries
Recruiter | TulpData B.V. | Utrecht""",
    company="TulpData", date="04-06 08:40", tz="+02:00"),

Msg(K, "en_norwegian_casual", "en",
    "Henrik Solberg <henrik@fjellpay.example.no>",
    "Quick question",
    """Hi Valentina,

Saw your application for the growth role - would you be free for a quick chat sometime this week? 20 min, nothing formal, just want to hear more about the CRM work at your last place. Thursday after 14 works for me.

Henrik
CPO, Fjellpay""",
    company="Fjellpay", date="04-20 19:58", tz="+02:00"),

Msg(K, "en_lever_onsite_ics", "en",
    "Ruby Castellanos <ruby.castellanos@sunrisehotels.example.com>",
    "Invitation: Onsite interview - Sunrise Hotels & Resorts (Miami)",
    """Hi Valentina,

We'd love to move you to the next stage! Please find attached the invitation for your onsite interview at our Brickell office. You'll meet with the VP Revenue Strategy, the Loyalty Analytics manager and one peer.

Address: 801 Brickell Ave, 14th floor. Parking validation is available at reception.

Let me know if you have any questions.

Best,
Ruby Castellanos
Talent Acquisition | Sunrise Hotels & Resorts""",
    company="Sunrise Hotels & Resorts", ics={"summary": "Onsite interview - Valentina Echeverría-Kowalczyk", "start": "2026-05-14T09:30-04:00", "minutes": "180", "location": "801 Brickell Ave, Miami"}, tz="-04:00", date="05-05 11:11"),

Msg(K, "en_indian_panel", "en",
    "Rahul Menon <rahul.menon@kavericonsulting.example.in>",
    "Interview schedule - Customer Analytics Consultant",
    """Dear Valentina,

Greetings of the day!

We are pleased to inform you that you have been shortlisted for the technical round for the Customer Analytics Consultant role (Dublin). Kindly find the details below:

Date: 21-May-2026
Time: 11:00 AM IST / 7:30 AM CEST
Mode: MS Teams (link to follow)
Panel: Mr. Arvind Iyer, Ms. Neha Kulkarni

Kindly confirm your availability at the earliest. Do revert in case of any clarification.

Regards,
Rahul Menon
Kaveri Consulting Services""",
    company="Kaveri Consulting Services", tz="+05:30", date="05-15 12:05"),

Msg(K, "en_brazil_owned_hm", "en",
    "Lucas Pereira <lucas.pereira@verdemar.example.com.br>",
    "Next round - Ecommerce Insights",
    """Hi Valentina, hope all good!

Loved our conversation yesterday. I'd like you to meet our Head of Ecommerce (Camila) for a second round, 45 min on Zoom. Camila is in São Paulo so afternoon in Madrid is easier. Any slot Tuesday or Wednesday between 15h and 18h your time?

Abraço,
Lucas
Verdemar Alimentos | Ecommerce Director""",
    company="Verdemar Alimentos", tz="-03:00", date="06-16 21:30"),

Msg(K, "fr_entretien_rh", "fr",
    "Camille Durand <camille.durand@laiteriesdulot.example.fr>",
    "Entretien - Chargée CRM & Fidélisation",
    """Bonjour Valentina,

Suite à l'étude de votre candidature pour le poste de Chargée CRM & Fidélisation, nous souhaiterions vous rencontrer lors d'un entretien en visio (Teams) d'environ 45 minutes.

Seriez-vous disponible jeudi 12 février à 14h00 ou vendredi 13 février à 10h30 ?

Dans l'attente de votre retour,
Bien cordialement,

Camille Durand
Chargée de recrutement
Laiteries du Lot""",
    company="Laiteries du Lot", date="02-06 10:48"),

Msg(K, "fr_welcome_jungle_startup", "fr",
    "Hugo Bernard <hugo@cartemaline.example.fr>",
    "On se cale un call ?",
    """Salut Valentina,

J'ai vu ta candidature via Welcome to the Jungle pour le poste de Growth Analyst, ton profil nous plaît beaucoup ! On se cale un premier call de 30 min cette semaine ? Tu peux choisir un créneau ici : https://cal.example.com/hugo-cartemaline/30min

A très vite,
Hugo
Co-fondateur @ Carte Maline""",
    company="Carte Maline", date="03-02 08:20"),

Msg(K, "fr_cabinet_client_meeting", "fr",
    "Nathalie Roux <n.roux@cabinetsaintclair.example.fr>",
    "Rencontre avec notre client - Assureur mutualiste",
    """Bonjour Madame Echeverría-Kowalczyk,

J'ai le plaisir de vous informer que notre client, Mutuelle des Pyrénées, souhaite vous rencontrer pour le poste de Responsable Connaissance Client. L'entretien aurait lieu dans leurs locaux à Toulouse le mardi 9 juin à 15h, avec le Directeur Marketing et la DRH.

Merci de me confirmer votre disponibilité.

Bien à vous,
Nathalie Roux
Consultante Senior - Cabinet Saint-Clair
06 98 76 54 32""",
    company="Mutuelle des Pyrénées", date="06-01 09:05", tz="+02:00"),

Msg(K, "fr_ics_entretien_final", "fr",
    "Élodie Marchand <elodie.marchand@editionsgaronne.example.fr>",
    "Invitation : Entretien final - Analyste Audience",
    """Bonjour Valentina,

Comme convenu par téléphone, voici l'invitation pour l'entretien final avec notre directrice générale. Il se déroulera dans nos locaux, 4 quai de la Daurade.

Bonne préparation !
Élodie
Éditions Garonne - Ressources humaines""",
    company="Éditions Garonne", ics={"summary": "Entretien final - Valentina Echeverría-Kowalczyk", "start": "2026-07-02T10:00+02:00", "minutes": "60", "location": "4 quai de la Daurade, Toulouse"}, tz="+02:00", date="06-25 14:15"),

Msg(K, "de_einladung_vorstellung", "de",
    "Katrin Weber <k.weber@nordlicht-versicherung.example.de>",
    "Einladung zum Vorstellungsgespräch",
    """Sehr geehrte Frau Echeverría-Kowalczyk,

vielen Dank für Ihre Bewerbung als Analystin Customer Insights. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Videointerview am Mittwoch, 22. April 2026, um 10:00 Uhr ein. Den Link zu Microsoft Teams erhalten Sie nach Ihrer Bestätigung.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Weber
Recruiting
Nordlicht Versicherung AG""",
    company="Nordlicht Versicherung", charset="iso-8859-1", cte="quoted-printable", date="04-14 11:30", tz="+02:00"),

Msg(K, "de_startup_kennenlernen", "de",
    "Jonas <jonas@spreepreis.example.de>",
    "Kurzes Kennenlernen?",
    """Hi Valentina,

danke für deine Bewerbung als Pricing Analyst! Hättest du Lust auf ein kurzes Kennenlernen per Google Meet? Buch dir einfach einen Slot, der dir passt: https://calendly.example.com/spreepreis-jonas/kennenlernen

Bis bald
Jonas
Founder, Spreepreis""",
    company="Spreepreis", date="05-04 07:50", tz="+02:00"),
]
