"""Corpus 312: every `offer` message, hand-written and hand-labelled."""

from __future__ import annotations

from msgs312_common import M

OF = "offer"

SPECS = [
    # ------------------------------------------------------------------ French
    M("imp_verbal", OF, "fr", "2026-09-15 13:20 +0200",
      ("Frédéric Aubry", "frederic.aubry@implantis.example.fr"),
      "Suite à notre appel - proposition Implantis",
      """Bonjour Yasmine,

Comme je vous l'ai annoncé au téléphone ce midi, nous avons le plaisir de vous proposer le
poste de Déléguée commerciale implantologie sur le secteur Hérault-Gard.

Pour résumer ce que nous avons évoqué : CDI, statut cadre, fixe de 36 000 EUR brut annuel
plus variable sur objectifs (jusqu'à 9 000 EUR), véhicule de fonction, parcours de formation
de six semaines dont deux à notre centre de formation de Montpellier. Prise de poste souhaitée
le 2 novembre.

Claire vous adressera la proposition écrite d'ici jeudi. N'hésitez pas à m'appeler si vous
avez des questions.

Bien cordialement,

Frédéric Aubry
Directeur commercial Sud
Implantis - 06 00 31 72 44""",
      company="Implantis", contact="frederic.aubry@implantis.example.fr",
      cc=[("Claire Roussel", "claire.roussel@implantis.example.fr")],
      ncs=("q", "iso-8859-1"), hcs=("q", "iso-8859-1")),

    M("imp_letter", OF, "fr", "2026-09-17 17:45 +0200",
      ("Claire Roussel", "claire.roussel@implantis.example.fr"),
      "Proposition d'embauche - Déléguée commerciale implantologie",
      """Bonjour Yasmine,

Suite à l'appel de Frédéric, j'ai le plaisir de vous adresser en pièce jointe votre
proposition d'embauche pour le poste de Déléguée commerciale implantologie (CDI).

Vous y trouverez la rémunération, le variable, les avantages (véhicule, mutuelle, tickets
restaurant) et la date de prise de poste envisagée. Nous vous remercions de nous faire part de
votre réponse avant le 25 septembre.

Toute l'équipe se réjouit de vous accueillir !

Claire Roussel
Talent Acquisition Manager - Implantis""",
      company="Implantis", contact="claire.roussel@implantis.example.fr",
      parent="imp_verbal", quote="fr", fmt="alt", brand="Implantis",
      atts=[("Proposition_embauche_Y_Belkacem.pdf", "Implantis - Proposition d'embauche",
             ["Madame Yasmine Belkacem", "Poste : Déléguée commerciale implantologie",
              "Contrat : CDI, statut cadre", "Rémunération fixe : 36 000 EUR brut annuel",
              "Variable : jusqu'à 9 000 EUR", "Prise de poste : 2 novembre 2026"])]),

    M("imp_contract", OF, "fr", "2026-10-01 10:02 +0200",
      ("Claire Roussel", "claire.roussel@implantis.example.fr"),
      "RE: Proposition d'embauche - Déléguée commerciale implantologie",
      """Bonjour Yasmine,

Bonne nouvelle : la direction a validé votre demande, le fixe est porté à 38 000 EUR et le
télétravail le vendredi est possible hors tournées.

Vous trouverez ci-joint votre contrat de travail à durée indéterminée, à signer en deux
exemplaires (ou électroniquement via le lien que vous recevrez de notre service paie). Merci
de nous le retourner signé avant le 9 octobre.

Bienvenue chez Implantis !

Claire""",
      company="Implantis", contact="claire.roussel@implantis.example.fr", parent="imp_nego",
      quote="fr",
      atts=[("Contrat_CDI_Belkacem.pdf", "Contrat de travail a duree indeterminee",
             ["Entre Implantis et Madame Yasmine Belkacem",
              "Fonction : Déléguée commerciale implantologie",
              "Salaire fixe : 38 000 EUR brut annuel", "Date d'effet : 2 novembre 2026",
              "Signature de la salariée : ____________"])]),

    M("helv_offer", OF, "fr", "2026-06-15 15:00 +0200",
      ("Corinne Jaquet", "corinne.jaquet@helvimplant.example.ch"),
      "Offre d'emploi - Spécialiste produits implantologie",
      """Chère Madame Belkacem,

Suite à votre journée d'évaluation du 4 juin, nous avons le plaisir de vous offrir le poste
de Spécialiste produits implantologie au sein de notre équipe Suisse romande.

Les conditions proposées sont détaillées dans la lettre ci-jointe : salaire annuel brut de
CHF 88 000 versé en treize mensualités, bonus jusqu'à 10 %, permis G (frontalière) pris en
charge par nos soins.

Nous serions ravis de vous compter parmi nous et attendons votre réponse d'ici au 26 juin.

Meilleures salutations,

Corinne Jaquet
Responsable Ventes Suisse romande
Helvimplant SA""",
      company="Helvimplant", contact="corinne.jaquet@helvimplant.example.ch",
      cs="windows-1252", cte="quoted-printable", fmt="alt",
      atts=[("Helvimplant_offre_Belkacem.pdf", "Helvimplant - Lettre d'offre",
             ["Poste : Spécialiste produits implantologie", "Lieu : Le Grand-Saconnex",
              "Salaire : CHF 88 000 brut annuel (13 x)", "Entrée en fonction : 1er septembre"])]),

    M("helv_revised", OF, "fr", "2026-06-22 09:12 +0200",
      ("Corinne Jaquet", "corinne.jaquet@helvimplant.example.ch"),
      "Offre révisée - Helvimplant",
      """Chère Madame Belkacem,

Merci pour notre échange de vendredi. Nous avons bien entendu vos contraintes liées au trajet
depuis Montpellier.

Nous vous faisons donc une offre révisée : deux jours de télétravail par semaine depuis la
France, une aide à la relocalisation de CHF 5 000 et une entrée en fonction décalée au
1er octobre. Les autres conditions de notre offre du 15 juin restent inchangées.

Nous restons à votre disposition et espérons une réponse positive.

Corinne Jaquet""",
      company="Helvimplant", contact="corinne.jaquet@helvimplant.example.ch",
      parent="helv_offer", quote="fr", cs="windows-1252", cte="quoted-printable",
      hcs=("q", "windows-1252")),

    # ------------------------------------------------------------------ English
    M("bb_offer", OF, "en", "2026-09-10 16:55 +0100",
      ("Hannah Price", "hannah.price@brightbite.example.co.uk"),
      "Your offer from Brightbite Dental Systems",
      """Hi Yasmine,

I'm delighted to let you know that the panel were really impressed, and we would like to
offer you the role of Territory Sales Representative (Implants, South East).

Your offer letter is attached. In summary: base salary of GBP 42,000, on-target commission of
GBP 14,000, company car allowance, private medical cover and 25 days' holiday, with a proposed
start date of 2 November 2026. We will also support your relocation from France.

Please take a few days to read it through and let me know if you have any questions - Daniel
would be happy to have a call too.

Congratulations!
Hannah

Hannah Price | Talent Partner
Brightbite Dental Systems Ltd | 11 Bermondsey Street, London SE1 3XF""",
      company="Brightbite Dental Systems", contact="hannah.price@brightbite.example.co.uk",
      fmt="alt", brand="Brightbite",
      atts=[("Brightbite_Offer_Letter_YBelkacem.pdf", "Brightbite Dental Systems - Offer",
             ["Dear Yasmine Belkacem,", "Role: Territory Sales Representative",
              "Base salary: GBP 42,000", "On-target commission: GBP 14,000",
              "Start date: 2 November 2026"])]),

    M("bb_contract", OF, "en", "2026-09-24 11:30 +0100",
      ("Hannah Price", "hannah.price@brightbite.example.co.uk"),
      "Re: Your offer from Brightbite Dental Systems",
      """Hi Yasmine,

Thanks for coming back to us so quickly with your questions. As discussed with Daniel, we've
increased the relocation package and the start date can move to 16 November.

Attached is your employment contract reflecting those changes. You'll also receive a link to
sign it electronically. We'd need it back by 2 October to hold the start date.

Any questions, just shout.

Hannah""",
      company="Brightbite Dental Systems", contact="hannah.price@brightbite.example.co.uk",
      parent="bb_offer", quote="en",
      atts=[("Brightbite_Employment_Contract.pdf", "Contract of Employment",
             ["Employer: Brightbite Dental Systems", "Employee: Yasmine Belkacem",
              "Start date: 16 November 2026", "Signature: ____________"])]),

    # ------------------------------------------------------------------ German
    M("hp_offer", OF, "de", "2026-06-18 11:11 +0200",
      ("Julia Wagner", "julia.wagner@hoerplus.example.de"),
      "Ihr Angebot von HörPlus",
      """Liebe Frau Belkacem,

vielen Dank für den schönen Probearbeitstag in unserer Filiale Sendlinger Tor. Das Team war
begeistert!

Wir freuen uns, Ihnen die Stelle als Vertriebsberaterin Hörsysteme anbieten zu können:
unbefristet, Vollzeit, 46.000 EUR brutto im Jahr zuzüglich Umsatzbeteiligung, 30 Urlaubstage
und ein Deutschkurs auf unsere Kosten. Start wäre der 1. September 2026.

Bitte lassen Sie uns bis zum 30. Juni wissen, ob Sie das Angebot annehmen möchten. Den
Arbeitsvertrag schicken wir Ihnen dann umgehend zu.

Herzliche Grüße
Julia Wagner
HR Business Partner, HörPlus""",
      company="HörPlus", contact="julia.wagner@hoerplus.example.de", fmt="alt",
      brand="HörPlus", hcs=("q", "utf-8")),

    M("hp_contract", OF, "de", "2026-06-25 14:48 +0200",
      ("Julia Wagner", "julia.wagner@hoerplus.example.de"),
      "AW: Ihr Angebot von HörPlus - Arbeitsvertrag",
      """Liebe Frau Belkacem,

wie telefonisch besprochen, erhalten Sie anbei Ihren Arbeitsvertrag in zweifacher
Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. Juli zurück.

Wir freuen uns auf die Zusammenarbeit!

Herzliche Grüße
Julia Wagner""",
      company="HörPlus", contact="julia.wagner@hoerplus.example.de", parent="hp_offer",
      quote="de", hcs=("b", "utf-8"),
      atts=[("Arbeitsvertrag_Belkacem.pdf", "Arbeitsvertrag",
             ["Arbeitgeber: HörPlus Hörakustik", "Arbeitnehmerin: Yasmine Belkacem",
              "Tätigkeit: Vertriebsberaterin Hörsysteme", "Beginn: 1. September 2026"])]),

    # ------------------------------------------------------------------ Spanish
    M("im_offer", OF, "es", "2026-05-20 13:37 +0200",
      ("Jordi Vila", "jordi.vila@implantesmed.example.es"),
      "Oferta de empleo - Delegada comercial implantología",
      """Hola Yasmine:

Tras la segunda entrevista y la prueba práctica, que hiciste francamente bien, nos gustaría
ofrecerte el puesto de Delegada comercial de implantología para la zona de Barcelona.

Condiciones: contrato indefinido, 32.000 EUR brutos anuales más variable por objetivos de
hasta 8.000 EUR, coche de empresa y seguro médico. La incorporación sería el 1 de julio.

Núria te enviará la carta oficial con todos los detalles. Cualquier duda, llámame.

Un abrazo,
Jordi Vila
Director Comercial - Implantes Mediterráneo
+34 600 00 48 21""",
      company="Implantes Mediterráneo", contact="jordi.vila@implantesmed.example.es",
      cc=[("Núria Puig", "nuria.puig@implantesmed.example.es")], ncs=("q", "iso-8859-1"),
      fmt="html", cte="quoted-printable"),
]
