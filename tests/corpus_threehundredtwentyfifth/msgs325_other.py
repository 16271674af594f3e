"""Corpus 325: everything that is not job mail to her (traps, newsletters, her own mail)."""

from __future__ import annotations

from msgs325_common import BULK, branded, list_headers, m, mine

SPECS = [
    # ------------------------------------------------------------------ Spanish
    m("agroempleo_alert", "other", "es", "2026-02-16 07:00 +0100",
      ("AgroEmpleo Alertas", "alertas@agroempleo.example.es"),
      "5 nuevas ofertas para «técnica nutrición animal» en Andalucía",
      """Hola Ximena:

Estas son las nuevas ofertas que coinciden con tu alerta «técnica nutrición animal»:

1. Técnico/a comercial de piensos – Écija (Sevilla) – publicada hace 2 días
2. Auxiliar de calidad en fábrica de alimento para mascotas – Lucena (Córdoba)
3. Asesor/a nutricional en tienda de animales – Málaga
4. Técnico/a de formulación – Granada
5. Delegado/a veterinario/a – Jaén

CONSEJO DE LA SEMANA
¿Te han rechazado en varias entrevistas? Lamentablemente es lo más habitual al cambiar de
sector. Te contamos cómo preparar la entrevista por competencias y cómo pedir feedback tras
una negativa.

Gestionar alertas: https://www.agroempleo.example.es/alertas
Darte de baja: https://www.agroempleo.example.es/baja?u=8812""",
      html="auto", cte="quoted-printable",
      headers=list_headers("<alertas.agroempleo.example.es>",
                           "https://www.agroempleo.example.es/baja?u=8812")),
    m("ondasur_radio", "other", "es", "2026-07-21 12:40 +0200",
      ("Maribel Cantero – Onda Sur Córdoba", "maribel.cantero@ondasur.example.es"),
      "Entrevista en directo sobre golpes de calor en mascotas",
      """Hola Ximena:

Soy Maribel Cantero, de «Mañanas de Onda Sur». Me ha pasado tu contacto la clínica Los
Omeyas. Con la ola de calor que viene, queremos hacer una entrevista en directo de unos diez
minutos sobre cómo proteger a perros y gatos del golpe de calor y qué darles de comer en
verano.

¿Podrías atendernos por teléfono el jueves 23 a las 11:15? Te llamaría un técnico cinco
minutos antes.

Muchas gracias,
Maribel Cantero
Redactora · Onda Sur Córdoba · 957 20 18 40""",
      contact="maribel.cantero@ondasur.example.es", cte="8bit"),
    m("correos_parcel", "other", "es", "2026-03-23 09:02 +0100",
      ("Envíos Paquexpress", "no-reply@paquexpress.example.es"),
      "Tu envío 7Q44 0192 55ES lleva retraso",
      """Hola:

Lamentablemente, tu envío 7Q44 0192 55ES no podrá entregarse en la fecha prevista debido a
una incidencia en el centro de tratamiento de Sevilla. La nueva fecha estimada de entrega es
el miércoles 25 de marzo.

No tienes que hacer nada. Puedes seguir tu envío en todo momento desde nuestra web.

Sentimos las molestias.
Paquexpress""",
      html="auto", cte="base64", headers=[("Auto-Submitted", "auto-generated")]),
    m("bank_posicion", "other", "es", "2026-07-01 06:00 +0200",
      ("Banca Guadalquivir", "avisos@bancaguadalquivir.example.es"),
      "Tu posición global a 30 de junio de 2026",
      branded("Banca Guadalquivir", """<p>Hola, XIMENA:</p>
<p>Ya tienes disponible el extracto con tu <b>posición global</b> a 30/06/2026: cuentas,
tarjetas y el plan de ahorro.</p>
<p>Saldo total en cuentas: 6.412,58 €</p>
<p>Consúltalo en la banca online, apartado Mis documentos.</p>""",
              "Por tu seguridad, nunca te pediremos claves por correo electrónico.", "es",
              "#004a7c"),
      html_only=True, cte="quoted-printable", headers=BULK),
    m("piso_lleida", "other", "es", "2026-04-07 13:25 +0200",
      ("Núria Esteve – Finques Segrià", "nuria@finquessegria.example.es"),
      "Visita piso carrer Major – cambio de hora",
      """Hola Ximena:

Sobre la visita al piso del carrer Major que teníamos el jueves a las 17:00: el inquilino
actual me pide que sea a las 18:30. ¿Te va bien? Si vienes en tren desde la fábrica de
Mollerussa llegas de sobra.

Recuerda traer la última nómina y el DNI si al final quieres reservarlo.

Núria Esteve
Finques Segrià · Rambla Ferran 12, Lleida · 973 27 44 60""",
      contact="nuria@finquessegria.example.es", charset="iso-8859-1", cte="8bit"),
    m("dentista_cita", "other", "es", "2026-05-25 17:15 +0200",
      ("Clínica Dental Azahara", "citas@dentalazahara.example.es"),
      "Su cita ha sido cancelada – Clínica Dental Azahara",
      """Estimada paciente:

Le informamos de que su cita del martes 26 de mayo a las 18:00 con la Dra. Morales ha sido
cancelada por indisposición de la doctora. Le hemos asignado provisionalmente una nueva cita
el jueves 28 de mayo a las 17:30.

Si no le viene bien, llame al 957 48 33 21 o responda SÍ/NO al SMS que le hemos enviado.

Clínica Dental Azahara
Avda. Medina Azahara 45, Córdoba""",
      charset="windows-1252", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    m("marisa_rejected", "other", "es", "2026-02-13 21:10 +0100",
      ("Marisa Quintero", "marisa.quintero.vet@example.com"),
      "¿A ti también te dijeron que no en Mascotia?",
      """Ximena, guapa:

Hoy me ha llegado el correo de Mascotia: que no siguen conmigo, que han cubierto la plaza con
alguien de dentro. Me ha dado un bajón, la verdad, tenía la entrevista muy bien preparada.
¿A ti también te han rechazado? Me dijiste que ibas a la de Nervión.

Bueno, el sábado nos tomamos algo y lo comentamos. ¡Ánimo a las dos!

Besos,
Marisa""",
      contact="marisa.quintero.vet@example.com", cte="8bit"),
    m("curso_sin_plaza", "other", "es", "2026-01-29 10:00 +0100",
      ("Formación – Colegio de Veterinarios de Córdoba", "formacion@covcordoba.example.es"),
      "Curso de Nutrición Clínica Felina: resultado de la inscripción",
      """Estimada colegiada / estimado colegiado:

Lamentablemente, dado el elevado número de solicitudes, no ha obtenido plaza en el curso
«Nutrición Clínica Felina» (edición de febrero). Ha quedado en el puesto 7 de la lista de
espera; si se libera alguna plaza, contactaremos con usted por orden.

Le recordamos que en abril habrá una nueva edición en formato online.

Área de Formación Continuada
Colegio Oficial de Veterinarios de Córdoba""",
      charset="iso-8859-1", cte="quoted-printable"),
    mine("laborplus_application", "es", "2026-02-20 12:12 +0100",
         ("Laborplus ETT Córdoba", "cordoba@laborplus.example.es"),
         "Inscripción en bolsa – Ximena Carvajal Ruiz",
         """Buenos días:

Me gustaría inscribirme en vuestra bolsa de trabajo para puestos relacionados con producto
veterinario, alimentación animal, tienda especializada o almacén. Tengo disponibilidad
inmediata y carné de conducir B con vehículo propio.

Adjunto mi currículum.

Un saludo,
Ximena Carvajal Ruiz
654 21 87 33""",
         pdfs=[("CV_Ximena_Carvajal.pdf",
                ["Ximena Carvajal Ruiz", "Auxiliar Tecnica Veterinaria",
                 "Disponibilidad inmediata - Cordoba"])]),
    mine("mundohuella_ask", "es", "2026-08-10 21:05 +0200",
         ("Lorena Cuesta", "lorena.cuesta@mundohuella.example.es"),
         "RE: Cambio de fecha jornada de prueba",
         """Hola Lorena:

Sin problema. Solo una cosa: el martes 18 por la mañana tengo cita médica. ¿Podríamos hacer
la jornada el miércoles 19 a las 10:00? Si no, me organizo como sea.

Gracias,
Ximena""",
         parent="mundohuella_moved", quote="es"),
    mine("selecta_thanks", "es", "2026-06-22 19:30 +0200",
         ("Beatriz Olmedo", "beatriz.olmedo@selecta-rrhh.example.es"),
         "Entrevista en Nutrición Animal Bética",
         """Hola Beatriz:

Te cuento que la entrevista de hoy en Utrera ha ido bien: el director técnico me enseñó la
línea de extrusión y hablamos bastante de formulación para perros senior. Le he notado
interesado, aunque me preguntó varias veces por la titulación.

Gracias por prepararme tan bien. Quedo a la espera de lo que te digan.

Un abrazo,
Ximena""", cte="quoted-printable"),
    m("cov_boletin", "other", "es", "2026-09-28 08:30 +0200",
      ("Boletín COV Córdoba", "boletin@covcordoba.example.es"),
      "Boletín de septiembre: bolsa de empleo, congreso y nuevas normas de prescripción",
      """BOLETÍN INFORMATIVO – SEPTIEMBRE 2026

• Bolsa de empleo: 12 ofertas nuevas en clínicas, industria y distribución. Recuerda que el
  Colegio no interviene en las entrevistas ni en las ofertas de las empresas.
• Congreso Andaluz de Nutrición Animal: inscripción con descuento hasta el 15 de octubre.
• Nuevas normas de prescripción excepcional: resumen y preguntas frecuentes.
• Entrevista del mes: hablamos con la presidenta de la comisión de ejercicio libre.

Si no desea recibir este boletín, puede darse de baja aquí:
https://www.covcordoba.example.es/boletin/baja""",
      html="auto", charset="utf-8", cte="quoted-printable",
      headers=list_headers("Boletin COV Cordoba <boletin.covcordoba.example.es>",
                           "mailto:boletin-baja@covcordoba.example.es")),
    m("huellapp_research", "other", "es", "2026-05-05 11:00 +0200",
      ("Andrea Ferrán (Huellapp)", "andrea.ferran@huellapp.example.es"),
      "¿Nos ayudas a mejorar Huellapp? Entrevista de 30 minutos",
      """Hola Ximena:

Soy Andrea, investigadora de experiencia de usuario en Huellapp. Vimos que usas la app para
el calendario de vacunas de tu perro y nos encantaría entrevistarte 30 minutos por
videollamada sobre cómo eliges el pienso y los premios.

Como agradecimiento te enviaremos una tarjeta regalo de 25 € para nuestra tienda.

Si te apetece, elige hueco aquí: https://huellapp.example.es/investigacion/citas

¡Gracias!
Andrea Ferrán · UX Research · Huellapp""",
      contact="andrea.ferran@huellapp.example.es", html="auto", cte="quoted-printable"),
    m("omeyas_reference", "other", "es", "2026-03-12 20:05 +0100",
      ("Dr. Manuel Ortega", "manuel.ortega@clinicalosomeyas.example.es"),
      "Carta de recomendación",
      """Hola Ximena:

Te adjunto la carta de recomendación que me pediste, firmada. Si alguna empresa quiere
llamarme después de la entrevista para pedir referencias, dales mi móvil sin problema.

Te echamos de menos en la clínica, pero ojalá te llegue pronto una buena oferta en lo de la
nutrición, que te lo mereces.

Un abrazo,
Manuel

Dr. Manuel Ortega Castillo · Director Clínico
Clínica Veterinaria Los Omeyas · C/ Doctor Fleming 22, Córdoba""",
      contact="manuel.ortega@clinicalosomeyas.example.es", cte="8bit",
      pdfs=[("Carta_recomendacion_XCarvajal.pdf",
             ["Clinica Veterinaria Los Omeyas", "Carta de recomendacion",
              "Ximena Carvajal Ruiz ha trabajado con nosotros de 2019 a 2026",
              "Dr. Manuel Ortega Castillo"])]),
    # ------------------------------------------------------------------ English
    m("petfood_weekly", "other", "en", "2026-04-09 06:15 +0000",
      ("PetFood Careers Weekly", "newsletter@petfoodcareers.example.com"),
      "This week: 14 new roles, and how to bounce back from rejection",
      """PETFOOD CAREERS WEEKLY - Issue 112

NEW ROLES
- Nutrition Advisor, Amersfoort (NL)
- Technical Sales Manager Feed Additives, Ghent (BE)
- Product Specialist Feline, Utrecht (NL)
- Regulatory Affairs Associate, Hamburg (DE)
... and 10 more on the job board.

CAREER CORNER
Unfortunately, rejection is part of every job search. Our columnist explains how to ask for
feedback after an interview, and why "we have decided not to proceed" rarely means never.

Webinar: Acing the video interview, Thursday 16 April, 12:00 CET.

You are receiving this because you subscribed at petfoodcareers.example.com.
Unsubscribe: https://petfoodcareers.example.com/u/7f21""",
      html="auto", cte="7bit",
      headers=list_headers("PetFood Careers Weekly <weekly.petfoodcareers.example.com>",
                           "https://petfoodcareers.example.com/u/7f21")),
    m("petpod_guest", "other", "en", "2026-08-18 20:30 +0100",
      ("Oliver Grant", "oliver@thepetnutritionpod.example.co.uk"),
      "Guest interview on The Pet Nutrition Pod?",
      """Hi Ximena,

I host The Pet Nutrition Pod, a small podcast for vet nurses and pet-food professionals. I
read your post about moving from clinic work into product roles and would love to interview
you for an episode on career changes.

Recording is remote, takes about 45 minutes and we'd be flexible on dates in September.
Interested?

All the best,
Oliver Grant
Host, The Pet Nutrition Pod""",
      contact="oliver@thepetnutritionpod.example.co.uk", cte="quoted-printable"),
    m("pawtrack_position", "other", "en", "2026-09-05 19:42 +0200",
      ("PawTrack", "alerts@pawtrack.example.com"),
      "Bruno has left the safe zone – current position",
      """Bruno has left the safe zone "Casa".

Current position: 37.8912 N, 4.7768 W (near Parque de la Asomadilla, Córdoba)
Accuracy: 8 m · Battery: 46 %

Open the app to start live tracking.

PawTrack – GPS for dogs and cats
You receive these alerts because notifications are switched on for Bruno.""",
      html="auto", cte="8bit", headers=[("Auto-Submitted", "auto-generated")]),
    m("chloe_forward", "other", "en", "2026-03-27 22:18 +0000",
      ("Chloe Whitaker", "chloe.whitaker@example.co.uk"),
      "Fwd: Interview invitation – Head Nurse, Riverside Vets",
      """Hiya Ximena!

Look what landed in my inbox – my first interview for a head nurse job! Forwarding it so you
can see. Any tips? You've done loads of these lately. It's on Tuesday and I'm already
nervous.

Chloe x""",
      contact="chloe.whitaker@example.co.uk", cte="quoted-printable",
      forward="chloe_inner"),
    m("chloe_inner", "other", "en", "2026-03-27 16:02 +0000",
      ("Riverside Vets Recruitment", "jobs@riversidevets.example.co.uk"),
      "Interview invitation – Head Nurse, Riverside Vets",
      """Dear Chloe,

Thank you for your application for the Head Nurse position. We are pleased to invite you to
an interview at our Bristol practice on Tuesday 31 March at 2pm.

Please bring your RCVS registration details.

Kind regards,
Riverside Vets Recruitment""",
      to=("Chloe Whitaker", "chloe.whitaker@example.co.uk"), cte="7bit", inner_only=True),
    m("pawsome_research", "other", "en", "2026-10-02 14:10 +0200",
      ("Priya Nair", "priya.nair@pawsome-labs.example.com"),
      "Paid user interview: how do you choose pet food?",
      """Hi Ximena,

I'm a user researcher at Pawsome Labs. We're talking to vet nurses about how owners ask them
for food recommendations, and your profile on our panel fits perfectly.

The interview is a 40-minute video call, and we'd thank you with a EUR 40 voucher. If that
sounds good, reply with a couple of times next week that work for you.

Thanks!
Priya Nair
Senior UX Researcher, Pawsome Labs""",
      contact="priya.nair@pawsome-labs.example.com", cte="7bit"),
    mine("canal_thanks", "en", "2026-06-24 16:10 +0200",
         ("Emma Visser", "emma.visser@canalsidepetfood.example.nl"),
         "RE: Updated invitation: Interview Ximena Carvajal Ruiz – Product Specialist",
         """Hi Emma,

Thank you for organising today's interview, and please pass on my thanks to Bas. I really
enjoyed hearing about the new grain-free range, and I'm even more excited about the role
now.

Best wishes,
Ximena""",
         parent="canal_moved", quote="outlook_en"),
    # ------------------------------------------------------------------ German
    m("stellenradar_alert", "other", "de", "2026-05-04 06:30 +0200",
      ("Stellenradar Tiernahrung", "radar@stellenradar.example.de"),
      "Ihr Stellenradar: 8 neue Jobs für „Produktmanagement Tiernahrung“",
      """Guten Morgen,

hier sind die neuen Stellen zu Ihrem Suchauftrag „Produktmanagement Tiernahrung, Hamburg“:

• Produktmanager:in Trockenfutter – Hamburg-Wilhelmsburg
• Fachberater:in Heimtierbedarf – Lüneburg
• Junior Category Manager Pet – Hamburg
• Technische:r Kundenberater:in Futtermittel – Bremen

RATGEBER: Absage erhalten? So bleiben Sie motiviert. Und: Die 10 häufigsten Fragen im
Vorstellungsgespräch – mit Musterantworten.

Suchauftrag bearbeiten oder abbestellen: https://www.stellenradar.example.de/abo""",
      html="auto", charset="utf-8", cte="quoted-printable",
      headers=list_headers("<radar.stellenradar.example.de>",
                           "https://www.stellenradar.example.de/abo")),
    m("wohnung_hamburg", "other", "de", "2026-06-01 18:20 +0200",
      ("Heike Brodersen", "h.brodersen@example.de"),
      "Besichtigung Wohnung Barmbek – Terminverschiebung",
      """Hallo Frau Carvajal Ruiz,

leider muss ich den Besichtigungstermin für die Zweizimmerwohnung in der Fuhlsbüttler
Straße verschieben, da der Handwerker noch im Bad arbeitet. Passt Ihnen stattdessen
Donnerstag, 4. Juni, um 17:30 Uhr? Gern auch per Videobesichtigung, falls Sie dann noch in
Spanien sind.

Freundliche Grüße
Heike Brodersen""",
      contact="h.brodersen@example.de", charset="iso-8859-1", cte="quoted-printable"),
    m("paket_verspaetung", "other", "de", "2026-06-09 11:02 +0200",
      ("Paketdienst Nord", "noreply@paketdienst-nord.example.de"),
      "Leider verzögert sich Ihre Sendung",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4331 8820 17. Grund: Die Sendung
konnte im Paketzentrum Hamburg nicht rechtzeitig bearbeitet werden.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 11.06.2026.

Wir bitten um Entschuldigung.
Ihr Paketdienst Nord""",
      html="auto", charset="utf-8", cte="base64",
      headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
    mine("nordpersonal_confirm", "de", "2026-06-08 12:40 +0200",
         ("Katrin Wulff", "k.wulff@nordpersonal.example.de"),
         "AW: Zweitgespräch bei der Futtermühle Alstertal",
         """Liebe Frau Wulff,

vielen Dank! Den Termin am Mittwoch, 17. Juni, um 10:30 Uhr bestätige ich gern. Ich fliege
am Vortag nach Hamburg.

Viele Grüße
Ximena Carvajal Ruiz""",
         parent="nordpersonal_invite", quote="outlook_de"),
    m("wulff_ooo", "other", "de", "2026-06-08 12:41 +0200",
      ("Katrin Wulff", "k.wulff@nordpersonal.example.de"),
      "Abwesenheitsnotiz: AW: Zweitgespräch bei der Futtermühle Alstertal",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. Juni nicht im Büro und habe nur eingeschränkt Zugriff auf
meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@nordpersonal.example.de.

Mit freundlichen Grüßen
Katrin Wulff""",
      contact="k.wulff@nordpersonal.example.de", parent="nordpersonal_confirm",
      charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    m("sprachschule_kein_platz", "other", "de", "2026-08-28 09:15 +0200",
      ("Sprachschule Alster", "kurse@sprachschule-alster.example.de"),
      "Ihre Anmeldung zum Intensivkurs Deutsch B2",
      """Sehr geehrte Frau Carvajal Ruiz,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (Online, ab 14. September).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen
Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Platz 3). Alternativ
empfehlen wir den Abendkurs ab 5. Oktober.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Alster""",
      charset="windows-1252", cte="8bit"),
    # ------------------------------------------------------------------ French
    m("emploi_agro_lettre", "other", "fr", "2026-03-06 07:45 +0100",
      ("La Lettre Emploi Agro", "lettre@emploi-agro-ra.example.fr"),
      "Lettre Emploi Agro n° 58 : offres, conseils et témoignages",
      """LA LETTRE EMPLOI AGRO – AUVERGNE-RHÔNE-ALPES – N° 58

OFFRES DE LA SEMAINE
– Technicien(ne) nutrition animale – Bourg-en-Bresse
– Conseiller(ère) de vente animalerie – Villeurbanne
– Chargé(e) d'affaires réglementaires petfood – Lyon 7e

CONSEILS
Malheureusement, un refus après entretien arrive à tout le monde. Comment rebondir ?
Notre coach vous explique comment demander un retour et préparer le prochain entretien.

TÉMOIGNAGE
« Comment je suis passée de l'élevage à la formulation d'aliments » : interview d'Agnès,
32 ans.

Pour vous désinscrire : https://emploi-agro-ra.example.fr/desinscription""",
      html="auto", charset="utf-8", cte="quoted-printable",
      headers=list_headers("Lettre Emploi Agro <lettre.emploi-agro-ra.example.fr>",
                           "https://emploi-agro-ra.example.fr/desinscription")),
    m("magazine_temoignage", "other", "fr", "2026-09-14 11:05 +0200",
      ("Juliette Morel", "j.morel@lemaganimalerie.example.fr"),
      "Demande d'interview pour Le Mag Animalerie",
      """Bonjour Madame Carvajal Ruiz,

Je suis journaliste pour Le Mag Animalerie, un mensuel professionnel. Je prépare un dossier
sur les auxiliaires vétérinaires qui se reconvertissent dans l'industrie du petfood, et
votre parcours m'a été signalé par un lecteur.

Accepteriez-vous de m'accorder une interview téléphonique de 20 minutes, en français ou en
espagnol, d'ici la fin du mois ?

Bien à vous,
Juliette Morel
Journaliste, Le Mag Animalerie""",
      contact="j.morel@lemaganimalerie.example.fr", charset="iso-8859-1", cte="quoted-printable"),
    m("colis_retard", "other", "fr", "2026-07-08 08:40 +0200",
      ("Colis Rapide", "ne-pas-repondre@colisrapide.example.fr"),
      "Malheureusement, votre colis est retardé",
      """Bonjour,

Malheureusement, votre colis n° CR 4471 0935 FR a pris du retard lors de son acheminement
international. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : vendredi 10 juillet.

Suivre mon colis : https://colisrapide.example.fr/suivi/CR44710935FR

L'équipe Colis Rapide""",
      html="auto", charset="utf-8", cte="base64",
      headers=[("Auto-Submitted", "auto-generated")]),
    m("visite_appart_lyon", "other", "fr", "2026-08-03 15:22 +0200",
      ("Agence Immobilière Saxe-Gambetta – Hugo Lefèvre", "h.lefevre@saxegambetta-immo.example.fr"),
      "Visite T2 rue de Marseille – confirmation",
      """Bonjour Madame,

Je vous confirme la visite du T2 meublé situé 48 rue de Marseille (Lyon 7e) le samedi 8 août à
11h00. Malheureusement, le propriétaire ne pourra pas être présent, je vous ferai donc visiter
seul.

Merci de prévoir votre dossier locataire (pièce d'identité, contrat de travail ou promesse
d'embauche, trois derniers bulletins de salaire).

Cordialement,
Hugo Lefèvre
Conseiller location – Agence Saxe-Gambetta""",
      contact="h.lefevre@saxegambetta-immo.example.fr", charset="windows-1252", cte="8bit"),
    mine("crna_ask_visio", "fr", "2026-07-20 18:10 +0200",
         ("Luc Perrin", "luc.perrin@crna-coop.example.fr"),
         "RE: Invitation à un entretien – Technicienne conseil aliments",
         """Bonjour Monsieur Perrin,

Merci beaucoup pour votre invitation. Étant encore à Cordoue, serait-il possible de faire
l'entretien du 29 juillet en visioconférence plutôt que sur place ? Sinon, je peux venir à
Saint-Priest à partir du 3 août.

Bien cordialement,
Ximena Carvajal Ruiz""",
         parent="crna_invite", quote="fr", charset="iso-8859-1", cte="quoted-printable"),
    mine("rt_thanks", "fr", "2026-06-15 19:20 +0200",
         ("Mathilde Garnier", "m.garnier@rhonetalents.example.fr"),
         "Entretien du 15 juin à Villefranche",
         """Bonjour Mathilde,

Je voulais vous remercier encore d'avoir réussi à reprogrammer l'entretien après mon erreur
de jeudi. La rencontre avec le directeur de l'usine s'est très bien passée ce matin ; il m'a
fait visiter la ligne de granulation.

Je reste dans l'attente de leur retour.

Bien à vous,
Ximena""", cte="8bit"),
    m("lea_refus", "other", "fr", "2026-02-02 20:44 +0100",
      ("Léa Fontaine", "lea.fontaine@example.fr"),
      "Refus de Vétalys, moi aussi…",
      """Coucou Ximena !

Tu te souviens que j'avais postulé chez Vétalys en même temps que toi ? Je viens de recevoir
leur mail : « nous ne pouvons pas donner une suite favorable à votre candidature ». Bref,
refusée aussi. Je crois qu'ils cherchaient quelqu'un avec de l'expérience en labo.

On s'appelle ce week-end ? J'ai une autre offre à te montrer, à Villeurbanne.

Bisous,
Léa""",
      contact="lea.fontaine@example.fr", cte="quoted-printable"),
    m("garnier_ooo", "other", "fr", "2026-06-15 19:21 +0200",
      ("Mathilde Garnier – Rhône Talents", "m.garnier@rhonetalents.example.fr"),
      "Réponse automatique : Entretien du 15 juin à Villefranche",
      """Bonjour,

Je suis absente du bureau jusqu'au lundi 22 juin inclus, avec un accès limité à ma
messagerie. Je vous répondrai dès mon retour.

Pour toute urgence, vous pouvez contacter le cabinet au 04 78 92 15 60.

Mathilde Garnier""",
      contact="m.garnier@rhonetalents.example.fr", parent="rt_thanks",
      charset="iso-8859-1", cte="8bit",
      headers=[("Auto-Submitted", "auto-replied")]),
]
