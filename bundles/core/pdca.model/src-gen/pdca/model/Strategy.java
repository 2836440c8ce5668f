/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.Strategy#getMethods <em>Methods</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getStrategy()
 * @model
 * @generated
 */
public interface Strategy extends WorkItem {
	/**
	 * Returns the value of the '<em><b>Methods</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Method}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Methods</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getStrategy_Methods()
	 * @model containment="true"
	 * @generated
	 */
	EList<Method> getMethods();

} // Strategy
