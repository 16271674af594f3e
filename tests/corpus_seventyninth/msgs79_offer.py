"""Offers in the 79th corpus (data only; see make_seventyninth.py)."""

from msgs79_base import m

OFR = "offer"

MESSAGES = [
    m(OFR, "fr", "mutualite_promesse", "Céline Marchal <celine.marchal@mutualite-chretienne.example.be>",
      "Proposition de contrat", "2026-03-20 16:30 +0100",
      """Bonjour Madame Kouassi-Berger,

Suite à votre entretien avec la direction, j'ai le plaisir de vous confirmer que nous souhaitons vous engager en qualité de Chargée de projets prévention, CDI temps plein, barème B1 (ancienneté valorisée : 8 ans), avec chèques-repas et assurance hospitalisation.

Vous trouverez en pièce jointe la proposition de contrat. Pourriez-vous nous faire part de votre décision d'ici le 27 mars ? Une entrée en fonction le 1er mai serait idéale.

Au plaisir de vous compter parmi nous,

Céline Marchal
Mutualité Chrétienne Hainaut-Namur""",
      co="Mutualité Chrétienne Hainaut-Namur", pdf=["Proposition_contrat_KouassiBerger.pdf"]),
    m(OFR, "en", "verbal_followup", "Ingrid Solberg <ingrid.solberg@halvorsen-maritime.example.no>",
      "Following up on our call", "2026-04-02 17:44 +0200",
      """Dear Maëlle,

Great speaking with you earlier! As discussed on the phone, I'm delighted to confirm that we'd like to offer you the position of Sustainability Programme Manager, based in our Brussels office.

To recap the main terms: gross annual salary EUR 78,000, 13th month, hybrid (3 days office), start date 1 June 2026. The formal offer letter will follow from our legal team by Monday.

Don't hesitate to call me with any questions.

Warm regards,
Ingrid Solberg
Halvorsen Maritime AS""",
      co="Halvorsen Maritime", cs="windows-1252"),
    m(OFR, "fr", "conditionnelle_casier", "Stéphanie Tremblay <stephanie.tremblay@ville-montreal.example.ca>",
      "Offre d'emploi conditionnelle", "2026-09-14 11:00 -0400",
      """Bonjour Madame Kouassi-Berger,

Nous avons le plaisir de vous offrir le poste de conseillère en planification (affaires internationales), emploi permanent, classe 7, échelon 4.

Cette offre est conditionnelle à la vérification de vos antécédents judiciaires, à la validation de vos diplômes et à l'obtention de votre permis de travail valide au Canada.

Veuillez retourner l'offre signée d'ici le 21 septembre.

Stéphanie Tremblay
Conseillère en acquisition de talents
Ville de Montréal""",
      co="Ville de Montréal", pdf=["Offre_conditionnelle.pdf"], cte="qp"),
    m(OFR, "de", "vertrag_zusage", "Miriam Kühn <miriam.kuehn@klimastiftung-nrw.example.de>",
      "Zusage - Programmmanagerin Klimaschutz", "2026-05-08 14:10 +0200",
      """Liebe Frau Kouassi-Berger,

wir freuen uns sehr, Ihnen nach den Gesprächen die Stelle als Programmmanagerin Klimaschutz anbieten zu können! Anbei finden Sie den Arbeitsvertrag (TV-L E13, unbefristet) in zweifacher Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 22. Mai zurück.

Herzliche Grüße
Miriam Kühn
Klimastiftung NRW""",
      co="Klimastiftung NRW", pdf=["Arbeitsvertrag_Kouassi-Berger.pdf"], cs="iso-8859-1", cte="b64"),
    m(OFR, "fr", "cabinet_offre_tu", "Olivier Stassart <olivier@stassart-partners.example.be>",
      "🎉 !!!", "2026-06-05 12:02 +0200",
      """Maëlle !!

Le CEO de Vellara Energy vient de m'appeler : ils te font une offre pour le poste de Head of Public Affairs ! 95k brut + voiture + 20% bonus. La lettre d'offre part cet après-midi de leur côté.

Appelle-moi dès que tu peux qu'on en parle.

Olivier
Stassart & Partners""",
      co="Vellara Energy", cs="utf-8", cte="8bit"),
    m(OFR, "en", "offer_letter_docusign", "Fenwick Advisory <notifications@workablemail.example.com>",
      "Your offer from Fenwick Advisory", "2026-08-25 10:00 +0100",
      """Dear Maëlle,

We are pleased to offer you the position of Senior Consultant, Public Affairs at Fenwick Advisory, reporting to Imogen Clarke.

Your offer letter is attached and can also be signed electronically via the link below. The offer is valid until 4 September 2026.

https://fenwick.workable.example.com/offers/3d9a71

If you have any questions, please contact Imogen directly at imogen.clarke@fenwick-advisory.example.co.uk.

Fenwick Advisory""",
      co="Fenwick Advisory", ct="imogen.clarke@fenwick-advisory.example.co.uk", fmt="alt", pdf=["Offer_Letter_Fenwick.pdf"]),
    m(OFR, "es", "oferta_formal", "Carmen Ruiz <carmen.ruiz@redcooperacion.example.org>",
      "Oferta - Coordinadora de subvenciones", "2026-04-24 13:25 +0200",
      """Estimada Maëlle:

Nos alegra mucho comunicarte que queremos ofrecerte el puesto de Coordinadora de subvenciones. Te adjuntamos la propuesta con las condiciones (contrato indefinido, 42.000 € brutos anuales, teletrabajo parcial).

Quedamos a la espera de tu respuesta antes del 30 de abril.

Un abrazo,
Carmen Ruiz
Red de Cooperación Internacional""",
      co="Red de Cooperación Internacional", pdf=["Propuesta_contratacion.pdf"]),
    m(OFR, "fr", "interim_contrat_signer", "Kevin Dubois <kevin.dubois@flexmeuse.example.be>",
      "Contrat à signer - mission lundi", "2026-02-27 17:40 +0100",
      """Re Maëlle !

C'est bon, le client te prend pour la mission de chargée de communication (remplacement 4 mois) à partir de lundi 2/3 ! Ton contrat intérim est dispo dans ton espace, il faut juste le signer électroniquement avant dimanche soir.

Bonne mission !!
Kevin
FlexMeuse Intérim""",
      co="FlexMeuse Intérim"),
    m(OFR, "en", "japanese_offer", "Tomoko Ishikawa <t.ishikawa@kaizen-rail.example.co.jp>",
      "Offer of employment", "2026-07-21 02:30 +0000",
      """Dear Ms. Kouassi-Berger,

Following the final interview with our Managing Director Europe, we are pleased to extend to you an offer of employment as Public Affairs Manager at Kaizen Rail Systems Europe, Brussels.

Please find attached the offer letter with the conditions. We kindly ask your reply by 31 July.

We are looking forward to working together with you.

Best regards,
Tomoko Ishikawa
Human Resources Group
Kaizen Rail Systems Co., Ltd.""",
      co="Kaizen Rail Systems Europe", pdf=["Offer_Letter.pdf"]),
    m(OFR, "fr", "sous_reserve_refs", "Hélène Charvet <helene.charvet@ladrome.example.fr>",
      "Votre recrutement - chargée de mission Europe", "2026-10-20 15:15 +0200",
      """Madame,

J'ai le plaisir de vous informer que Monsieur le Président a retenu votre candidature pour le poste de chargée de mission Europe (catégorie A, contractuelle, 3 ans).

Ce recrutement reste subordonné à la vérification de vos références et à la production d'un extrait de casier judiciaire (bulletin n°3). Votre arrêté de nomination vous sera transmis dès réception.

Merci de me confirmer votre acceptation.

Hélène Charvet
Direction des Ressources humaines
Département de la Drôme""",
      co="Département de la Drôme"),
]
