"""Offers (10): verbal-offer follow-ups, letters attached, conditional offers, contracts to sign."""

from msgs71_common import M

K = "offer"

M(K, "verbal_followup", "en", ("Zanele Mthembu", "zanele@sunstack-ipp.example.co.za"),
  "Following up on our call", "2026-02-20 17:05 +0200",
  """Hi Nia,

It was lovely speaking to you this afternoon and I'm so pleased you're excited! As discussed, we'd like to offer you the Grid Compliance Engineer role at Sunstack IPP.

Summary of what we discussed:
- Total guaranteed package: R 960 000 per annum (CTC)
- Start date: 1 April 2026 (negotiable)
- Hybrid, Cape Town office 3 days a week

The formal offer letter will follow from our HR system tomorrow. Shout if you have any questions in the meantime.

Warm regards,
Zanele""",
  company="Sunstack IPP", contact="zanele@sunstack-ipp.example.co.za")

M(K, "letter_attached_conditional", "en", ("Bongi Ndlovu", "bongi.ndlovu@aurum.example.com"),
  "Offer of employment - Energy & Carbon Manager", "2026-05-05 11:30 +0200",
  """Dear Nia,

Further to your interviews, I am delighted to confirm that Aurum Mining would like to offer you the position of Energy & Carbon Manager, based at our Rustenburg operations.

Please find your offer letter attached. This offer is conditional upon satisfactory reference checks, a clear criminal and credit check, verification of your qualifications, and a pre-employment medical and fitness-for-work assessment at our occupational health centre.

Kindly sign and return the letter by 12 May 2026.

Congratulations, and we look forward to welcoming you.

Kind regards,
Bongi Ndlovu
HR Business Partner
Aurum Mining""",
  company="Aurum Mining", contact="bongi.ndlovu@aurum.example.com", fmt="alt",
  attach=("Offer_Letter_N_Oyelaran-Brandt.pdf", "application/pdf"))

M(K, "agency_offer_excited", "en", ("Thabo Nkosi", "thabo@ironbark-search.example.com"),
  "THEY WANT YOU!!", "2026-06-24 16:40 +0200",
  """Nia!!

Just got off the phone with Tau Energy - they're offering you the Project Manager: Hybrid Storage role!! R1.1m CTC plus 10% bonus, Sandton based with site travel to Kathu. They'll send the formal offer through me tomorrow.

Give me a call when you can so we can talk through the details. Congratulations!!

Thabo
Ironbark Search
+27 82 555 0193""",
  company="Tau Energy", contact="thabo@ironbark-search.example.com")

M(K, "brazilian_english", "en", ("Rafael Souza", "rafael.souza@verdemar-energia.example.com.br"),
  "Offer - HSE Manager Africa", "2026-07-17 14:10 -0300",
  """Hi Nia,

Good afternoon! I hope you are doing great.

On behalf of Verdemar Energia, I am very happy to present you the formal offer for the position of HSE Manager Africa, reporting to our COO, based in Cape Town. You will find the offer letter and the employment contract attached for your review.

Please let us know about your decision until next Friday. Any doubts, I am available to talk.

Best regards,
Rafael Souza
Talent Acquisition Manager
Verdemar Energia S.A. | São Paulo - Brazil""",
  company="Verdemar Energia", contact="rafael.souza@verdemar-energia.example.com.br", fmt="qp",
  attach=("Verdemar_Offer_Contract.pdf", "application/pdf"))

M(K, "chinese_owned_contract", "en", ("Lily Zhang", "lily.zhang@huaxin-power-africa.example.com"),
  "Employment contract for your signature", "2026-09-22 09:15 +0200",
  """Dear Nia,

Congratulations again on your selection for Grid Integration Manager with Huaxin Power Africa. Please find attached the fixed-term employment contract (36 months) as discussed with Mr. Chen.

Kindly sign every page and return the scanned copy to me before 30 September 2026, together with a certified copy of your ID and your banking details, so we can arrange onboarding for 1 November.

If you have any question please feel free to contact me.

Best regards,
Lily Zhang
HR Department
Huaxin Power Africa (Pty) Ltd
Sandton, Johannesburg""",
  company="Huaxin Power Africa", contact="lily.zhang@huaxin-power-africa.example.com",
  attach=("Employment_Contract_Oyelaran-Brandt.pdf", "application/pdf"), cte="base64")

M(K, "de_angebot", "de", ("Markus Weber", "m.weber@hansewerk-hydrogen.example.de"),
  "Vertragsangebot", "2026-10-06 12:00 +0200",
  """Liebe Frau Oyelaran-Brandt,

wie heute Vormittag telefonisch besprochen, freue ich mich sehr, Ihnen die Position als Senior Projektmanagerin Wasserstoff-Infrastruktur anzubieten. Die zweite Stelle, die wir nach unserem letzten Gespräch geschaffen haben, passt hervorragend zu Ihrem Profil.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. Oktober zurück.

Herzliche Grüße
Markus Weber
HanseWerk Wasserstoff GmbH""",
  company="HanseWerk Wasserstoff", contact="m.weber@hansewerk-hydrogen.example.de", fmt="qp",
  charset="iso-8859-1", attach=("Arbeitsvertrag_Oyelaran-Brandt.pdf", "application/pdf"))

M(K, "de_zusage_startup", "de", ("Felix Brandstätter", "felix@wattwerk.example.de"),
  "Wir wollen dich im Team!", "2026-05-26 19:40 +0200",
  """Hey Nia,

nach den Gesprächen mit Hanna und dem ganzen Team ist es klar: Wir würden dich super gern als Head of Grid Projects bei wattwerk an Bord holen!

Unser Angebot: 95.000 € Fixum + 0,3 % virtuelle Anteile, remote mit einer Woche pro Monat in Berlin. Das Angebot kommt morgen offiziell per DocuSign.

Lass uns gern morgen telefonieren, falls du Fragen hast.

Liebe Grüße
Felix""",
  company="wattwerk", contact="felix@wattwerk.example.de")

M(K, "fr_promesse_embauche", "fr", ("Hugo Garnier", "hugo@soleia.example.fr"),
  "Proposition d'embauche – Project Manager Afrique australe", "2026-05-07 10:12 +0200",
  """Bonjour Nia,

Suite à tes entretiens avec l'équipe, j'ai le plaisir de te faire une proposition d'embauche pour le poste de Project Manager Afrique australe chez Soleia, en CDI, basé au Cap.

Tu trouveras en pièce jointe la promesse d'embauche détaillant la rémunération et les avantages. Peux-tu nous retourner le document signé d'ici le 15 mai ?

Ravi de t'accueillir bientôt dans l'équipe !
Hugo""",
  company="Soleia", contact="hugo@soleia.example.fr", fmt="alt",
  attach=("Promesse_embauche_Soleia.pdf", "application/pdf"))

M(K, "fr_offre_formelle", "fr", ("Élise Moreau", "elise.moreau@hydrolyon.example.fr"),
  "Votre candidature – proposition", "2026-03-09 15:00 +0100",
  """Madame,

Nous avons le plaisir de vous informer que votre candidature au poste d'Ingénieure Sécurité Procédés a été retenue.

Nous sommes heureux de vous proposer un contrat à durée indéterminée, sous réserve de la visite médicale d'embauche, avec une prise de poste souhaitée le 4 mai 2026. Vous trouverez ci-joint la lettre d'offre précisant les conditions.

Nous restons à votre disposition pour toute question.

Bien cordialement,
Élise Moreau
HydroLyon""",
  company="HydroLyon", contact="elise.moreau@hydrolyon.example.fr", charset="iso-8859-1", fmt="qp",
  attach=("Lettre_offre_HydroLyon.pdf", "application/pdf"))

M(K, "es_oferta", "es", ("Lucía Navarro", "lucia.navarro@vientosur.example.es"),
  "Oferta: Responsable de Conexión a Red", "2026-10-01 12:25 +0200",
  """Hola Nia,

¡Qué alegría escribirte esto! Nos encantaría que te incorporaras a VientoSur Energía como Responsable de Conexión a Red en Madrid. Se ha abierto esta nueva posición y el equipo pensó en ti enseguida.

Te adjunto la carta de oferta con las condiciones: 68.000 € brutos anuales más variable, y ayuda de reubicación. Nos ayudaría tener tu respuesta antes del 9 de octubre.

Un abrazo,
Lucía""",
  company="VientoSur Energía", contact="lucia.navarro@vientosur.example.es", fmt="alt",
  attach=("Carta_oferta_VientoSur.pdf", "application/pdf"))
