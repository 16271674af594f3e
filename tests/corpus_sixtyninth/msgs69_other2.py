"""Everyday non-job mail in the same inbox: government, banks, deliveries, travel, services."""

from msgs69_base import m
from msgs69_other import bulk

X = "other"

MESSAGES = [
    m(X, "sat_buzon_tributario", "es",
      "SAT Buzón Tributario <buzon.notificaciones@sat.example.gob.mx>",
      "Tienes un nuevo mensaje en tu Buzón Tributario",
      """Estimado contribuyente:

RFC: CAMS9xxxxxx

Se ha depositado un nuevo mensaje de interés en su Buzón Tributario. Para consultarlo ingrese con su e.firma o contraseña al portal del SAT.

Este correo es informativo, favor de no responderlo.

Servicio de Administración Tributaria""",
      date="2026-01-08 10:00", fmt="html"),

    m(X, "imss_semanas_cotizadas", "es",
      "IMSS Digital <imss.digital@imss.example.gob.mx>",
      "Constancia de semanas cotizadas",
      """Estimada derechohabiente:

Adjuntamos su Constancia de Semanas Cotizadas en el IMSS solicitada el 20/01/2026. Total de semanas reconocidas: 412.

Instituto Mexicano del Seguro Social""",
      date="2026-01-20 12:30", attach=["Constancia_Semanas.pdf"]),

    m(X, "infonavit_credito_precalificacion", "es",
      "Mi Cuenta Infonavit <noreply@infonavit.example.org.mx>",
      "Tu solicitud de precalificación fue recibida",
      """Hola Sofía,

Recibimos tu solicitud de precalificación para crédito. En un plazo de 5 días hábiles podrás consultar el resultado en Mi Cuenta Infonavit.

Puntos actuales: 1,080 de 1,080 requeridos.

Infonavit""",
      date="2026-02-04 09:20", fmt="html"),

    m(X, "tarjeta_credito_rechazada", "es",
      "Banco Meridiano <notificaciones@bancomeridiano.example.com>",
      "Resultado de tu solicitud de Tarjeta Meridiano Oro",
      """Hola Sofía:

Gracias por solicitar tu Tarjeta de Crédito Meridiano Oro. Lamentamos informarte que en esta ocasión no fue posible aprobar tu solicitud con base en nuestras políticas de crédito.

Podrás volver a solicitarla en 6 meses. Consulta tu reporte de crédito en el Buró.

Banco Meridiano""",
      date="2026-02-11 13:45", fmt="alt"),

    m(X, "prestamo_solicitud_recibida", "es",
      "Crédito Ágil <solicitudes@creditoagil.example.com.mx>",
      "Recibimos tu solicitud de préstamo personal",
      """Hola Sofía,

¡Gracias por confiar en Crédito Ágil! Recibimos tu solicitud de préstamo personal por $40,000 MXN. Un asesor revisará tu información y te contactará en un máximo de 48 horas.

Folio: CA-77120

Crédito Ágil""",
      date="2026-03-14 16:00", fmt="html"),

    m(X, "seguro_auto_renovacion", "es",
      "Seguros Protege <polizas@segurosprotege.example.com.mx>",
      "Renovación de tu póliza de auto",
      """Estimada Sofía Castellanos:

Tu póliza de seguro de auto No. AUT-5521-2025 vence el 15/03/2026. Renueva en línea antes de esa fecha para conservar tu descuento por no siniestralidad.

Seguros Protege""",
      date="2026-02-28 08:00", fmt="latin1"),

    m(X, "mercadolibre_retraso", "es",
      "Mercado Libre <envios@mercadolibre.example.com.mx>",
      "Tu paquete se retrasó",
      """Hola Sofía,

Lamentablemente tu paquete se retrasó. El envío de "Soporte para laptop ajustable" llegará entre el martes y el jueves.

Si no llega en esa fecha, te devolvemos el dinero.

Mercado Libre""",
      date="2026-03-17 18:00", fmt="html"),

    m(X, "estafeta_rastreo_posicion", "es",
      "Estafeta <rastreo@estafeta.example.com.mx>",
      "Tu envío está en camino - posición actual",
      """Guía: 8055 2210 4471

Posición actual de tu envío: Centro de Distribución Querétaro
Estado: En tránsito
Entrega estimada: 24/03/2026

Estafeta""",
      date="2026-03-22 07:15", fmt="alt"),

    m(X, "dhl_aduana_pago", "es",
      "DHL Express <noreply@dhl.example.com>",
      "Acción requerida: pago de impuestos de importación",
      """Tu envío 4410927733 proveniente de Alemania se encuentra retenido en aduana (AICM) en espera del pago de impuestos y derechos por $612.00 MXN.

Paga en línea para liberar tu envío: https://mydhl.example.com/pay

DHL Express México""",
      date="2026-04-02 11:00", fmt="html"),

    m(X, "aeromexico_cambio_vuelo", "es",
      "Aeroméxico <notificaciones@aeromexico.example.com>",
      "Cambio en tu itinerario - Reservación QWZ8KD",
      """Estimada pasajera Sofía Castellanos:

Te informamos que tu vuelo AM 234 Ciudad de México - Monterrey del 16/04/2026 ha sido reprogramado. Nuevo horario de salida: 14:25 h (antes 11:10 h).

Si el nuevo horario no te conviene, puedes cambiar tu vuelo sin costo en Mis Viajes.

Aeroméxico""",
      date="2026-04-10 22:00", fmt="html"),

    m(X, "viva_checkin", "es",
      "Viva Aerobus <noreply@vivaaerobus.example.com>",
      "¡Ya puedes documentar! Vuelo a Tijuana",
      """Hola Sofía, tu vuelo VB 1020 CDMX - TIJ sale mañana a las 06:40. Documenta en línea y evita filas.

Recuerda: equipaje de mano máximo 10 kg.

Viva Aerobus""",
      date="2026-08-27 06:40", fmt="html"),

    m(X, "cfe_recibo", "es",
      "CFE <recibodigital@cfe.example.mx>",
      "Tu recibo de luz está disponible",
      """Servicio: 123 456 789 012
Periodo: 14 ABR 26 - 13 JUN 26
Total a pagar: $318.00
Fecha límite de pago: 29 JUN 26

Comisión Federal de Electricidad""",
      date="2026-06-16 05:00", fmt="latin1"),

    m(X, "izzi_falla", "es",
      "izzi <avisos@izzi.example.mx>",
      "Mantenimiento programado en tu zona",
      """Hola, Sofía

El jueves 9 de julio de 01:00 a 05:00 h realizaremos mantenimiento en tu zona. Tu servicio de internet podría presentar intermitencias.

Una disculpa por las molestias.
izzi""",
      date="2026-07-07 19:00", fmt="html"),

    m(X, "gimnasio_clase_cancelada", "es",
      "Gimnasio Vértigo Condesa <hola@vertigo-gym.example.mx>",
      "Clase de spinning cancelada",
      """Hola Sofi! La clase de spinning de mañana 7:00 am con Toño se cancela porque el coach está enfermo 🤒 Te regresamos el crédito a tu paquete. ¡Nos vemos en la de las 8!

Vértigo Condesa""",
      date="2026-05-20 21:00"),

    m(X, "clase_aleman_de", "de",
      "Sprachschule Lindenhof <kurse@lindenhof-sprachen.example.de>",
      "Ihr Kurs B1.2 – Raumänderung und Hausaufgaben",
      """Liebe Kursteilnehmende,

ab nächster Woche findet unser Kurs B1.2 (Di/Do 19:00 Uhr) in Raum 4 statt. Bitte denken Sie an die Hausaufgaben: Lektion 7, Übung 3–5 (Bewerbungsschreiben und Vorstellungsgespräch).

Viele Grüße
Ihre Kursleiterin Anja Kessler
Sprachschule Lindenhof""",
      date="2026-06-22 18:00", fmt="qp"),

    m(X, "netflix_pago", "es",
      "Netflix <info@mailer.netflix.example.com>",
      "Actualiza tu información de pago",
      """Hola, Sofía:

No pudimos procesar tu pago más reciente. Actualiza tu información de pago para seguir disfrutando de Netflix.

Actualizar cuenta: https://www.netflix.example.com/youraccount

El equipo de Netflix""",
      date="2026-07-03 04:10", fmt="html"),

    m(X, "spotify_wrapped_en", "en",
      "Spotify <no-reply@spotify.example.com>",
      "Your mid-year mix is here 🎧",
      """Hey Sofía,

Your top artist so far this year: Natalia Lafourcade. You listened for 9,420 minutes.

Listen to your mix: https://open.spotify.example.com/mix

Spotify""",
      date="2026-07-10 12:00", fmt="html", headers=bulk("mail.spotify.example.com")),

    m(X, "departamento_rechazado", "es",
      "Inmobiliaria Roma Norte <rentas@inmo-romanorte.example.mx>",
      "Solicitud de arrendamiento - Depto. Colima 215",
      """Hola Sofía, buenas tardes.

Te informamos que el propietario decidió rentar el departamento a otro solicitante que presentó la documentación completa primero. Lamentamos no poder continuar con tu solicitud.

Tenemos otras opciones en la colonia, si quieres te las mando.

Saludos,
Karen - Inmobiliaria Roma Norte""",
      date="2026-08-08 17:30"),

    m(X, "admision_maestria_fr", "fr",
      "Admissions Master Logistique <admissions@iae-example.fr>",
      "Décision d'admission – Master Management de la Supply Chain",
      """Madame,

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature au Master 2 Management de la Supply Chain (rentrée 2026) n'a pas été retenue.

Nous vous souhaitons pleine réussite dans la suite de votre parcours.

Le Service des Admissions""",
      date="2026-06-05 10:00", fmt="alt"),

    m(X, "gps_vehicle_position_en", "en",
      "TrackMyCar <alerts@trackmycar.example.com>",
      "Vehicle alert: position update for NISSAN MARCH",
      """Your vehicle NISSAN MARCH (plates ABC-12-34) left the geofence "Casa".

Current position: 19.4126, -99.1705 (Av. Insurgentes Sur, Roma Sur, CDMX)
Speed: 32 km/h
Time: 2026-09-10 08:14 CST

Manage alerts in the TrackMyCar app.""",
      date="2026-09-10 08:15"),

    m(X, "fr_banque_releve", "fr",
      "Banque Lémanique <service.client@banque-lemanique.example.ch>",
      "Votre relevé de compte de septembre est disponible",
      """Madame,

Votre relevé de compte pour la période du 1er au 30 septembre 2026 est disponible dans votre espace client.

Pour des raisons de sécurité, nous ne vous demanderons jamais vos codes par e-mail.

Banque Lémanique""",
      date="2026-10-02 07:00", fmt="html"),

    m(X, "predial_cdmx", "es",
      "Tesorería CDMX <avisos@finanzas.cdmx.example.gob.mx>",
      "Recordatorio: pago de predial 2026",
      """Contribuyente:

Te recordamos que el bimestre 5 del impuesto predial vence el 30 de septiembre. Realiza tu pago en línea, en bancos o tiendas de conveniencia.

Secretaría de Administración y Finanzas""",
      date="2026-09-15 09:00", fmt="latin1"),

    m(X, "fr_doctolib_rdv", "fr",
      "Clinique Santé Polanco <rdv@clinique-polanco.example.com>",
      "Modification de votre rendez-vous",
      """Bonjour Sofía,

Votre rendez-vous avec Dr. Lefèvre (médecine générale) du 14 octobre à 10h00 a été déplacé au 15 octobre à 11h30 à la demande du praticien.

Pour annuler ou modifier, rendez-vous dans votre espace patient.

Clinique Santé Polanco""",
      date="2026-10-08 16:00", fmt="alt"),

    m(X, "metrobus_tarjeta", "es",
      "Movilidad Integrada CDMX <tarjeta@movilidad.cdmx.example.gob.mx>",
      "Recarga exitosa de tu Tarjeta de Movilidad Integrada",
      """Recarga exitosa

Tarjeta: **** 4471
Monto: $200.00
Saldo: $236.50

Úsala en Metro, Metrobús, Tren Ligero y Ecobici.""",
      date="2026-05-04 07:50", fmt="html"),

    m(X, "de_telefon_vertrag", "de",
      "Funkwelle Mobil <service@funkwelle-mobil.example.de>",
      "Ihre Rechnung für September",
      """Hallo Sofía Castellanos-Mbeki,

Ihre Rechnung für September 2026 über 12,99 € steht im Kundenportal bereit. Der Betrag wird am 05.10. von Ihrem Konto abgebucht.

Ihr Funkwelle Mobil Team""",
      date="2026-09-28 06:00", fmt="html"),

    m(X, "amazon_entrega_en", "en",
      "Amazon.com.mx <shipment-tracking@amazon.example.com.mx>",
      "Your package will be delivered today",
      """Hi Sofía,

Your package with "Anker USB-C hub" will be delivered today by 8pm.

Track package: https://www.amazon.example.com.mx/progress-tracker

Amazon.com.mx""",
      date="2026-10-09 06:00", fmt="html"),

    m(X, "fr_friend_whatsapp_style", "fr",
      "Camille Duret <camille.duret@example.org>",
      "nouvelles de Lyon",
      """Coucou Sofi !

Alors, l'entretien avec les Belges ça a donné quoi ? Moi j'ai eu un refus pour le poste à Lyon, ils ont pris quelqu'un en interne... la vie. On se fait un appel ce week-end ?

Bises,
Camille""",
      date="2026-06-27 14:00"),
]
