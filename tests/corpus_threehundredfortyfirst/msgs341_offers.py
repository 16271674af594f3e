"""offer: the automotive plant (Hessler) and the mutua (Mutua Laguntza), for corpus 341."""

from __future__ import annotations

from msgs341_common import AINHOA, GARAZI, KATRIN, KOLDO, PRIYA, html_plain, m

OFFER = "offer"

_h_verbal = """Hola Itziar:

Como te he adelantado esta mañana por teléfono, nos alegra mucho comunicarte que queremos
contar contigo como Especialista en Ergonomía en la planta de Vitoria.

Resumen de lo que hablamos:
- Contrato indefinido, jornada completa (turno central, 7:30-15:30).
- Salario bruto anual de 38.500 EUR en 14 pagas, más un variable de hasta el 8 %.
- Incorporación prevista: 1 de junio de 2026.
- Periodo inicial de cuatro semanas en la Zentralergonomie de Stuttgart.

Esta semana te llegará la carta de oferta formal desde el equipo global. Cualquier duda que
tengas, llámame.

Un abrazo y enhorabuena,
Ainhoa Sáez de Ugarte
HR Business Partner - Planta Vitoria
Hessler Fahrzeugtechnik España"""

_h_en = """Dear Itziar,

Further to your conversation with Ainhoa Sáez de Ugarte, I am delighted to confirm our offer
of employment for the position of Ergonomics Specialist at our Vitoria plant (Spain).

Please find attached your offer letter, which sets out the main terms: start date, annual
gross salary of EUR 38,500 plus variable pay, and the four-week onboarding assignment at our
headquarters in Stuttgart. Your employment contract will be issued by Hessler
Fahrzeugtechnik España under Spanish law.

We kindly ask you to confirm your acceptance by 30 April 2026. Should you have any
questions, please do not hesitate to contact me or Ainhoa.

We very much look forward to welcoming you to Hessler.

Kind regards,
Priya Raman
Global Talent Acquisition | Hessler Fahrzeugtechnik"""

_h_es = """Hola Itziar:

Te reenvío, ahora en castellano, la carta de oferta que te mandó ayer Priya desde el equipo
global, para que la tengas también en tu idioma y puedas enseñarla en casa con calma.

Recuerda que el único cambio respecto a lo que hablamos es la fecha de incorporación: el 1
de junio si te viene bien, o el 15 si necesitas dar más preaviso en la clínica.

Cualquier cosa me dices.

Ainhoa Sáez de Ugarte
HR Business Partner - Planta Vitoria
Hessler Fahrzeugtechnik España"""

_h_de = """Liebe Frau Goikoetxea Mendizabal,

herzlichen Glückwunsch zum Angebot unseres Werks Vitoria! Im Anhang
erhalten Sie die Entsendungsvereinbarung für Ihre vierwöchige Einarbeitung in der
Zentralergonomie in Stuttgart (1. bis 26. Juni 2026). Sie ergänzt Ihren spanischen
Arbeitsvertrag und regelt Unterkunft, Reisekosten und Tagegeld.

Bitte prüfen Sie die Vereinbarung und senden Sie sie mir unterschrieben bis zum 8. Mai
zurück. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüße
Katrin Oberländer
HR Business Partner Zentralfunktionen | Hessler Fahrzeugtechnik"""

_h_de2 = """Liebe Frau Goikoetxea Mendizabal,

ich wollte kurz nachhaken: Die unterschriebene Entsendungsvereinbarung liegt uns noch
nicht vor. Ich hänge Ihnen das Dokument zur Sicherheit noch einmal an - eine eingescannte
Unterschrift genügt.

Falls Sie noch Fragen zu den Konditionen haben, können wir gerne kurz telefonieren.

Freundliche Grüße
Katrin Oberländer"""

_h_mejora = """Hola Itziar:

Gracias por contarnos con tanta franqueza que tienes otro proceso avanzado. Lo hemos
hablado con la dirección de planta y queremos hacer un esfuerzo: te ofrecemos un salario
bruto anual de 41.000 EUR y dos días de teletrabajo al mes para la parte de documentación.
El resto de condiciones se mantiene.

Te adjunto la carta de oferta actualizada. Nos gustaría tener tu respuesta antes del 22 de
mayo.

Un saludo,
Ainhoa"""

_m_verbal = """Hola Itziar:

Ha sido un placer hablar contigo hace un rato. Te confirmo por escrito lo que te he dicho
por teléfono: queremos que te incorpores a Mutua Laguntza como Técnica de Ergonomía y
Readaptación Laboral en nuestro centro de Vitoria.

Garazi te enviará en los próximos días la carta con todas las condiciones. Mientras tanto,
si quieres comentar cualquier cosa, aquí me tienes.

Bienvenida (casi) al equipo,

Koldo Urrutia Lasa
Director de Prevención y Readaptación
Mutua Laguntza"""

_m_carta = """Hola Itziar:

Tal como te adelantó Koldo, te adjunto la carta de oferta para el puesto de Técnica de
Ergonomía y Readaptación Laboral.

Las condiciones principales son:
· Contrato indefinido a jornada completa, con jornada intensiva en verano.
· Salario bruto anual: 39.800 € en 14 pagas, según el convenio de mutuas.
· Fecha de incorporación propuesta: 1 de julio de 2026.
· Centro de trabajo: Vitoria-Gasteiz, con desplazamientos puntuales a Bilbao.

Te agradeceríamos que nos dieras una respuesta antes del 15 de junio.

Un saludo,
Garazi Etxeberria Ruiz
Técnica de Selección | Mutua Laguntza"""

_m_revisada = """Hola Itziar:

Gracias por tu respuesta y por explicarnos tu situación. Hemos revisado la propuesta con
Dirección y podemos mejorar las condiciones: el salario bruto anual pasa a 42.000 €, y
reconocemos tu formación en ergonomía con el nivel de técnico superior desde el primer
día. La fecha de incorporación puede ser el 1 de julio o el 15 de julio, como prefieras.

Te adjunto la carta de oferta revisada.

Un saludo,
Garazi"""

_m_contrato = """Hola Itziar:

¡Qué alegría que hayas aceptado! Te adjunto el contrato de trabajo para que lo revises y
lo firmes. Puedes firmarlo electrónicamente desde el enlace que te llegará de nuestra
plataforma de firma, o imprimirlo y traerlo firmado el primer día.

También te adjunto la ficha de datos para nóminas, que debes devolvernos rellena antes del
1 de julio junto con una copia del DNI y el número de afiliación a la Seguridad Social.

Nos vemos el 15 de julio a las 8:30 en la calle Castilla.

Un saludo,
Garazi Etxeberria Ruiz
Técnica de Selección | Departamento de Personas
Mutua Laguntza"""

MESSAGES = [
    m(OFFER, "es", "hessler_offer_verbal", company="Hessler Fahrzeugtechnik", contact=AINHOA[1],
      frm=AINHOA, date="04-20 13:55", subj="¡Enhorabuena! Oferta Especialista en Ergonomía",
      text=_h_verbal, html=True, cs="windows-1252", cte="qp", subj_cs=("windows-1252", "Q")),
    m(OFFER, "en", "hessler_offer_en", company="Hessler Fahrzeugtechnik", contact=PRIYA[1],
      frm=PRIYA, cc=[AINHOA], date="04-22 10:30",
      subj="Offer of Employment - Ergonomics Specialist (Vitoria)", text=_h_en,
      html=html_plain(_h_en),
      pdf=[("Offer_Letter_Goikoetxea_Mendizabal.pdf", [
          "Hessler Fahrzeugtechnik - Offer of Employment",
          "Candidate: Itziar Goikoetxea Mendizabal", "Position: Ergonomics Specialist",
          "Location: Vitoria plant (Spain)", "Annual gross salary: EUR 38,500 + variable",
          "Start date: 1 June 2026", "Please accept by 30 April 2026"])]),
    m(OFFER, "es", "hessler_offer_es", company="Hessler Fahrzeugtechnik", contact=AINHOA[1],
      frm=AINHOA, date="04-23 09:14", subj="Carta de oferta en castellano",
      text=_h_es, cs="windows-1252", cte="8bit",
      pdf=[("Carta_oferta_Hessler_Vitoria.pdf", [
          "Hessler Fahrzeugtechnik Espana - Carta de oferta",
          "Candidata: Itziar Goikoetxea Mendizabal",
          "Puesto: Especialista en Ergonomia - Planta Vitoria",
          "Salario bruto anual: 38.500 EUR + variable", "Incorporacion: 1 de junio de 2026"])]),
    m(OFFER, "de", "hessler_offer_de", company="Hessler Fahrzeugtechnik", contact=KATRIN[1],
      frm=KATRIN, date="04-27 14:12",
      subj="Ihre Entsendungsvereinbarung - Einarbeitung Stuttgart", text=_h_de,
      name_cs=("utf-8", "B"), cs="iso-8859-1", cte="qp",
      pdf=[("Entsendungsvereinbarung_Goikoetxea.pdf", [
          "Hessler Fahrzeugtechnik - Entsendungsvereinbarung",
          "Mitarbeiterin: Itziar Goikoetxea Mendizabal",
          "Zeitraum: 01.06.2026 - 26.06.2026, Stuttgart",
          "Unterschrift Mitarbeiterin: ____________________"])]),
    m(OFFER, "de", "hessler_offer_de2", company="Hessler Fahrzeugtechnik", contact=KATRIN[1],
      frm=KATRIN, date="05-05 09:05",
      subj="AW: Ihre Entsendungsvereinbarung - Einarbeitung Stuttgart", text=_h_de2,
      name_cs=("utf-8", "B"), parent="hessler_offer_de", quote="gmail", cte="8bit",
      pdf=[("Entsendungsvereinbarung_Goikoetxea.pdf", [
          "Hessler Fahrzeugtechnik - Entsendungsvereinbarung",
          "Mitarbeiterin: Itziar Goikoetxea Mendizabal",
          "Zeitraum: 01.06.2026 - 26.06.2026, Stuttgart",
          "Unterschrift Mitarbeiterin: ____________________"])]),
    m(OFFER, "es", "hessler_offer_mejora", company="Hessler Fahrzeugtechnik", contact=AINHOA[1],
      frm=AINHOA, date="05-12 17:40", subj="RE: Oferta Hessler - plazo de respuesta",
      text=_h_mejora, parent="own_time_hessler", quote="outlook", cte="qp",
      pdf=[("Carta_oferta_actualizada.pdf", [
          "Hessler Fahrzeugtechnik Espana - Carta de oferta (actualizada)",
          "Puesto: Especialista en Ergonomia - Planta Vitoria",
          "Salario bruto anual: 41.000 EUR", "Respuesta antes del 22/05/2026"])]),
    m(OFFER, "es", "mutua_offer_verbal", company="Mutua Laguntza", contact=KOLDO[1], frm=KOLDO,
      date="06-03 18:22", subj="Tu incorporación a Mutua Laguntza", text=_m_verbal,
      cte="8bit"),
    m(OFFER, "es", "mutua_offer_carta", company="Mutua Laguntza", contact=GARAZI[1], frm=GARAZI,
      cc=[KOLDO], date="06-05 11:47", subj="Carta de oferta - Técnica de Ergonomía",
      text=_m_carta, html=True, cte="b64",
      pdf=[("Carta_oferta_ML-2026-014.pdf", [
          "MUTUA LAGUNTZA - Carta de oferta", "Itziar Goikoetxea Mendizabal",
          "Puesto: Tecnica de Ergonomia y Readaptacion Laboral",
          "Salario bruto anual: 39.800 EUR (14 pagas)", "Incorporacion: 1 de julio de 2026",
          "Respuesta antes del 15 de junio de 2026"])]),
    m(OFFER, "es", "mutua_offer_revisada", company="Mutua Laguntza", contact=GARAZI[1],
      frm=GARAZI, date="06-12 10:05", subj="RE: Carta de oferta - Técnica de Ergonomía",
      text=_m_revisada, parent="own_counter_mutua", quote="outlook", cs="windows-1252",
      cte="qp",
      pdf=[("Carta_oferta_revisada_ML-2026-014.pdf", [
          "MUTUA LAGUNTZA - Carta de oferta revisada", "Itziar Goikoetxea Mendizabal",
          "Salario bruto anual: 42.000 EUR", "Incorporacion: 1 o 15 de julio de 2026"])]),
    m(OFFER, "es", "mutua_offer_contrato", company="Mutua Laguntza", contact=GARAZI[1],
      frm=GARAZI, date="06-22 09:12", subj="Contrato para firma y documentación",
      text=_m_contrato, html=html_plain(_m_contrato), parent="own_accept_mutua",
      pdf=[("Contrato_indefinido_Goikoetxea.pdf", [
          "CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Mutua Laguntza",
          "Trabajadora: Itziar Goikoetxea Mendizabal", "Inicio: 15 de julio de 2026",
          "Firma de la trabajadora: ____________________"]),
           ("Ficha_datos_nomina.pdf", ["Ficha de datos para nomina", "Nombre:", "DNI:",
                                       "N. afiliacion Seguridad Social:", "IBAN:"])]),
]
