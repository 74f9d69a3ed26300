/** A valid French shipping address, as checkout takes it; tracking tests look for its parts. */
export const shippingAddress = {
  name: 'Léa Dubois',
  line1: '12 rue des Lilas',
  line2: null,
  postalCode: '75011',
  city: 'Paris',
  country: 'FR',
  phone: '+33 1 23 45 67 89',
};
