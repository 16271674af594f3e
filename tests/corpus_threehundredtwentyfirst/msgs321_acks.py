"""Acknowledgements of applications, and offers (wind-energy firm and cooperative bank)."""

from __future__ import annotations

from msgs321_common import M, Spec

ACK, OFFER = "application_received", "offer"

MARTA = ("Marta Sancho", "marta.sancho@eolicamoncayo.example.es")

MESSAGES: list[Spec] = [
    # =========================== acknowledgements ===========================
    M(id="ebro_fresco_ack", kind=ACK, lang="es", company="Ebro Fresco",
      frm=("Ebro Fresco Supermercados", "no-reply@teamtailor-mail.com"),
      date="2026-01-08 21:14 +0100", fmt="alt", cte="quoted-printable", brand="Ebro Fresco",
      color="#e65100", subj="¡Gracias por tu candidatura, Guillermo!",
      body="""
      ¡Hola Guillermo!

      Gracias por querer formar parte de Ebro Fresco. Hemos recibido tu candidatura para Analista de Datos Comerciales (Zaragoza).

      Recibimos cientos de candidaturas cada semana y no podemos responder personalmente a todas. Si tu perfil encaja, te llamaremos en un plazo de tres semanas.

      ¡Un saludo fresco!
      El equipo de Talento de Ebro Fresco
      """),
    M(id="talento_norte_ack", kind=ACK, lang="es", company="Talento Norte Consultores",
      contact="leire.zabala@talentonorte.example.es",
      frm=("Leire Zabala | Talento Norte", "leire.zabala@talentonorte.example.es"),
      date="2026-01-14 10:03 +0100", subj="Recibido tu CV", cte="8bit",
      body="""
      Hola Guillermo:

      Gracias por enviarme tu CV tras nuestra conversación en LinkedIn. Lo he recibido y lo he dado de alta en nuestra base de candidatos de Tecnología y Datos. Ahora mismo estoy revisando varios procesos en Bizkaia; si alguno encaja contigo te llamo para contarte los detalles.

      Un saludo,
      Leire Zabala
      Talento Norte Consultores
      """),
    M(id="conservas_ack", kind=ACK, lang="es", company="Conservas del Ega",
      frm=("Conservas del Ega - Careers", "conservasdelega@talent.icims.com"),
      date="2026-02-18 06:20 +0000", fmt="html", cte="base64",
      brand="Conservas del Ega", color="#33691e",
      subj="Solicitud recibida: Analista de Demanda (Estella-Lizarra)",
      body="""
      Estimado/a Guillermo:

      Gracias por presentar su solicitud para el puesto Analista de Demanda en Estella-Lizarra.

      Revisaremos su perfil y, si coincide con nuestras necesidades, nos pondremos en contacto con usted. Debido al volumen de solicitudes, solo contactaremos con las personas preseleccionadas.

      Atentamente,
      Recursos Humanos – Conservas del Ega
      """),
    M(id="pagafacil_ack", kind=ACK, lang="es", company="Pagafácil",
      frm=("Pagafácil", "no-reply@hire.lever.co"), date="2026-05-25 16:45 +0000",
      fmt="alt", cte="quoted-printable", name_cs=("iso-8859-1", "q"),
      subj="Pagafácil - hemos recibido tu solicitud", subj_cs=("iso-8859-1", "q"),
      body="""
      Hola Guillermo:

      ¡Gracias por tu solicitud para Data Analyst - Riesgo de Crédito (Madrid / híbrido)! La hemos recibido y la estamos revisando.

      Te escribiremos en cuanto tengamos novedades, normalmente en menos de dos semanas.

      El equipo de Pagafácil
      """),
    M(id="hunters_ack", kind=ACK, lang="es", company="Hunters Ibérica",
      contact="marcos.villar@huntersiberica.example.es",
      frm=("Marcos Villar", "marcos.villar@huntersiberica.example.es"),
      date="2026-09-01 09:33 +0200", subj="RE: Candidatura - Analista Actuarial Junior",
      cs="windows-1252", cte="quoted-printable",
      body="""
      Hola Guillermo,

      Recibida tu candidatura para la posición de Analista Actuarial Junior. Me pongo a revisarla esta semana y, si la vemos alineada, la presento al cliente. Te mantengo informado.

      Saludos,
      Marcos Villar
      Hunters Ibérica · Executive Search
      Paseo de la Castellana 95, planta 15 · 28046 Madrid
      """),
    M(id="ledgerly_ack", kind=ACK, lang="en", company="Ledgerly",
      frm=("Ledgerly", "no-reply@hire.lever.co"), date="2026-02-11 09:02 +0000",
      subj="Thanks for applying to Ledgerly!", fmt="alt", cte="quoted-printable",
      body="""
      Hi Guillermo,

      Thanks for your interest in Ledgerly! We've received your application for Analytics Engineer (Remote, Europe).

      Our team reviews each application carefully. Because of the number of applications we receive, we're not able to respond to everyone individually, but if there's a match we'll be in touch.

      Ledgerly Talent Team
      """),
    M(id="windrose_ack", kind=ACK, lang="en", company="Windrose Renewables",
      frm=("Windrose Renewables Recruitment", "windrose@taleo.net"),
      date="2026-06-24 12:00 +0100", fmt="html", cte="quoted-printable",
      brand="Windrose Renewables", color="#01579b",
      subj="Application received - Performance Analyst (Ref 4410)",
      body="""
      Dear Guillermo,

      Thank you for submitting your application for the position of Performance Analyst (Ref 4410). This email confirms that your application has been successfully received.

      You can track the progress of your application at any time in your candidate profile.

      Regards,
      Windrose Renewables Recruitment Team

      Please do not reply to this automated message.
      """),
    M(id="frischmarkt_eingang", kind=ACK, lang="de", company="Frischmarkt Hessen",
      frm=("Frischmarkt Hessen Karriere", "noreply@frischmarkt.successfactors.eu"),
      date="2026-02-20 16:31 +0100", fmt="html", cte="quoted-printable",
      brand="Frischmarkt Hessen", color="#1b5e20", subj="Eingangsbestätigung Ihrer Bewerbung",
      body="""
      Sehr geehrter Herr Echevarría Lizarraga,

      vielen Dank für Ihre Bewerbung als Analyst Category Management (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

      Aufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas Geduld. Wir melden uns schnellstmöglich bei Ihnen.

      Mit freundlichen Grüßen
      Ihr Frischmarkt Hessen Recruiting-Team
      """),
    M(id="volksbank_eingang", kind=ACK, lang="de", company="Taunus Volksbank",
      frm=("Taunus Volksbank eG", "noreply@softgarden.io"), date="2026-05-05 10:10 +0200",
      fmt="alt", cte="base64", subj="Ihre Bewerbung ist bei uns eingegangen",
      body="""
      Guten Tag Herr Echevarría,

      herzlichen Dank für Ihre Bewerbung als Junior BI-Analyst (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden nun von unserer Personalabteilung geprüft.

      Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

      Freundliche Grüße
      Ihre Taunus Volksbank
      """),
    M(id="zeitwerk_eingang", kind=ACK, lang="de", company="ZeitWerk Personal",
      contact="d.schulte@zeitwerk-personal.example.de",
      frm=("Daniel Schulte", "d.schulte@zeitwerk-personal.example.de"),
      date="2026-07-07 08:58 +0200", subj="Ihre Unterlagen", cs="iso-8859-1", cte="8bit",
      body="""
      Guten Morgen Herr Echevarría,

      besten Dank für die Zusendung Ihres Lebenslaufs. Ich habe Ihre Unterlagen erhalten und in unser System aufgenommen. Derzeit suchen mehrere unserer Kundenunternehmen in Frankfurt Unterstützung im Reporting, ich melde mich, sobald ich etwas Passendes habe.

      Freundliche Grüße
      Daniel Schulte
      Personaldisponent | ZeitWerk Personal GmbH | Niederlassung Frankfurt
      """),
    M(id="garonne_auto_ack", kind=ACK, lang="fr", company="Équipementier Garonne Auto",
      frm=("Équipementier Garonne Auto", "garonneauto@myworkday.com"), name_cs=("utf-8", "b"),
      date="2026-03-05 07:10 +0100", fmt="html", cte="quoted-printable",
      subj="Accusé de réception - Analyste Données Qualité (H/F)",
      body="""
      Bonjour Guillermo,

      Nous vous remercions pour votre candidature au poste d'Analyste Données Qualité (H/F) basé à Toulouse.

      Votre dossier a bien été enregistré et sera étudié par notre équipe. Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

      L'équipe Recrutement
      """),
    M(id="lestrade_ack", kind=ACK, lang="fr", company="Cabinet Lestrade Conseil",
      contact="sophie.lestrade@cabinet-lestrade.example.fr",
      frm=("Sophie Lestrade", "sophie.lestrade@cabinet-lestrade.example.fr"),
      date="2026-06-02 14:40 +0200", subj="Bien reçu votre CV", cte="8bit", cs="iso-8859-1",
      body="""
      Bonjour Guillermo,

      Je vous confirme la bonne réception de votre CV et de votre lettre de motivation. Je les étudie et je reviens vers vous d'ici la fin de la semaine prochaine, en fonction des besoins de nos clients à Bordeaux.

      Cordialement,
      Sophie Lestrade
      Cabinet Lestrade Conseil
      """),

    # ================================ offers ================================
    M(id="moncayo_verbal", kind=OFFER, lang="es", company="Eólica Moncayo", contact=MARTA[1],
      frm=MARTA, date="2026-03-09 19:02 +0100", subj="Lo que hemos hablado", cte="8bit",
      body="""
      Guillermo, buenas tardes:

      Te resumo lo que te he dicho por teléfono: queremos que te incorpores como Analista de Datos de Operación. La oferta será de 36.500 euros brutos al año, con dos días de teletrabajo. Mañana Lucía te enviará la propuesta formal por escrito.

      Estoy muy contenta de que te unas al equipo.

      Marta Sancho
      Directora de Operación · Eólica Moncayo
      """),
    M(id="moncayo_contract", kind=OFFER, lang="es", company="Eólica Moncayo",
      contact="raquel.abad@eolicamoncayo.example.es",
      frm=("Eólica Moncayo - Administración de Personal", "no-reply@eolicamoncayo.example.es"),
      reply=("Raquel Abad", "raquel.abad@eolicamoncayo.example.es"),
      date="2026-03-23 12:10 +0100", subj="Tu contrato de trabajo para firmar",
      cte="base64",
      pdfs=[("Contrato_Eolica_Moncayo_GEL.pdf", [
          "CONTRATO DE TRABAJO - EOLICA MONCAYO", "Trabajador: G. Echevarria Lizarraga",
          "Puesto: Analista de Datos de Operacion", "Inicio: 1 de septiembre de 2026",
          "Firma: ____________________"])],
      body="""
      Hola Guillermo:

      Te adjuntamos tu contrato de trabajo para que lo revises y lo firmes. Puedes devolvérnoslo firmado respondiendo a este correo (llega a Raquel Abad, de Administración de Personal) o traerlo el primer día.

      Bienvenido a Eólica Moncayo.
      """),
    M(id="kutxa_verbal", kind=OFFER, lang="es", company="Kutxa Solidaria",
      contact="k.uriarte@kutxasolidaria.example.es",
      frm=("Koldo Uriarte", "k.uriarte@kutxasolidaria.example.es"),
      date="2026-05-08 18:30 +0200", subj="Buenas noticias", cs="iso-8859-1", cte="8bit",
      body="""
      Kaixo Guillermo,

      No quería esperar a la carta: el comité ha aprobado tu incorporación y queremos ofrecerte el puesto de Analista BI en mi equipo. Ane te mandará la semana que viene la oferta formal con las condiciones.

      Ha sido un proceso largo (y con algún susto con la primera videollamada), pero lo tenemos claro.

      Koldo Uriarte
      Responsable de Información de Gestión de Riesgos
      """),
    M(id="moncayo_en_offer", kind=OFFER, lang="en", company="Eólica Moncayo",
      contact="d.keller@eolicamoncayo.example.es",
      frm=("Daniel Keller", "d.keller@eolicamoncayo.example.es"),
      date="2026-03-11 10:15 +0100", subj="Revised offer - Operations Data Analyst",
      cte="quoted-printable", cc=[("Lucía Borao Gimeno", "lucia.borao@eolicamoncayo.example.es")],
      body="""
      Dear Guillermo,

      I lead the group's international analytics hub, which you would also support, so HR asked me to write to you in English. Following your conversation with Marta, we are pleased to confirm a revised offer for the Operations Data Analyst position: base salary of EUR 37,500 per year (up from 36,500), plus a training budget of EUR 1,500 for your first year.

      All other terms in the written proposal Lucía sent you remain unchanged. Please confirm your acceptance by replying to this email.

      Best regards,
      Daniel Keller
      Head of International Analytics, Eólica Moncayo
      """),
    M(id="moncayo_wind_zusage", kind=OFFER, lang="de", company="Moncayo Windenergie",
      contact="f.richter@moncayo-wind.example.de",
      frm=("Franziska Richter", "f.richter@moncayo-wind.example.de"),
      date="2026-03-06 15:40 +0100", subj="Vertragsangebot Data Analyst Frankfurt",
      cs="iso-8859-1", cte="quoted-printable",
      pdfs=[("Vertragsangebot_Echevarria.pdf", [
          "Moncayo Windenergie - Vertragsangebot", "Position: Data Analyst (m/w/d), Frankfurt",
          "Jahresgehalt: 54.000 EUR brutto", "Beginn: 1. Mai 2026"])],
      body="""
      Sehr geehrter Herr Echevarría,

      nach den sehr angenehmen Gesprächen freuen wir uns, Ihnen die Position als Data Analyst (m/w/d) an unserem Standort Frankfurt anbieten zu können. Das Vertragsangebot mit allen Konditionen finden Sie im Anhang.

      Wir würden uns über eine Rückmeldung bis zum 16. März sehr freuen.

      Mit freundlichen Grüßen
      Franziska Richter
      HR Business Partner
      Moncayo Windenergie GmbH | Mainzer Landstraße 50 | 60325 Frankfurt am Main
      """),
    M(id="moncayo_wind_mail2", kind=OFFER, lang="de", company="Moncayo Windenergie",
      contact="f.richter@moncayo-wind.example.de",
      frm=("Franziska Richter", "f.richter@moncayo-wind.example.de"),
      date="2026-03-13 09:05 +0100", parent="moncayo_wind_zusage", quote="de",
      subj="AW: Vertragsangebot Data Analyst Frankfurt", cs="iso-8859-1", cte="quoted-printable",
      body="""
      Sehr geehrter Herr Echevarría,

      ich habe gehört, dass Sie auch ein Angebot unserer Kollegen in Zaragoza vorliegen haben. Um Ihnen die Entscheidung für Frankfurt zu erleichtern, können wir unser Angebot auf 57.000 EUR brutto jährlich erhöhen und die Umzugskosten bis 3.000 EUR übernehmen. Die Frist verlängern wir bis zum 20. März.

      Mit freundlichen Grüßen
      Franziska Richter
      """),
    M(id="moncayo_eolien_offre", kind=OFFER, lang="fr", company="Moncayo Éolien",
      contact="a.carrere@moncayo-eolien.example.fr",
      frm=("Aurélie Carrère", "a.carrere@moncayo-eolien.example.fr"),
      date="2026-03-04 17:22 +0100", subj="Proposition d'embauche - Data analyst Toulouse",
      subj_cs=("iso-8859-1", "b"), name_cs=("iso-8859-1", "b"), cs="iso-8859-1",
      cte="quoted-printable", fmt="alt",
      body="""
      Bonjour Guillermo,

      Suite à vos entretiens avec l'équipe exploitation, j'ai le plaisir de vous proposer le poste de data analyst au sein de Moncayo Éolien à Toulouse, en CDI, pour une rémunération annuelle brute de 40 000 euros.

      Vous trouverez le détail de la proposition dans le courrier qui suivra par voie postale. Nous aimerions connaître votre décision d'ici au 13 mars.

      Bien cordialement,
      Aurélie Carrère
      Responsable RH - Moncayo Éolien
      """),
]
